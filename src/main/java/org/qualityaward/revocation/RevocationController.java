package org.qualityaward.revocation;

import java.time.LocalDate;
import java.util.List;
import org.qualityaward.honour.Honour;
import org.qualityaward.honour.Honours;
import org.qualityaward.kernel.NotFoundException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/revocations/announcements}: public notice of revoked honours (Art 30: 并在媒体上予以公布),
 * newest first. {@code GET /api/revocations/{id}}: one case for the office and the leading group —
 * the decision, the ban and where the recall stands.
 */
@RestController
@RequestMapping("/api/revocations")
class RevocationController {

  /** One case as the office follows it. */
  record CaseView(Long id, Long honourId, String holderName, String level, Long complaintId, RevocationState state,
      String proposedGround, LocalDate meetingDate, String chair, String attendees, Boolean approved, String ground,
      String article, LocalDate factDate, String comment, LocalDate revokedOn, LocalDate bannedUntil,
      List<ItemView> recall) {}

  /** A recall item: returned or still out, with its reminders. */
  record ItemView(Long id, String item, boolean reissued, String label, LocalDate returnedOn, String note, List<LocalDate> reminders) {}

  private final Revocations revocations;
  private final Honours honours;

  RevocationController(Revocations revocations, Honours honours) {
    this.revocations = revocations;
    this.honours = honours;
  }

  @GetMapping("/announcements")
  List<RevocationAnnouncement> announcements() {
    return revocations.announcements();
  }

  @GetMapping("/{id}")
  @Transactional(readOnly = true)
  CaseView revocation(@PathVariable("id") Long id) {
    Revocation r;
    try {
      r = revocations.get(id);
    } catch (IllegalStateException e) {
      throw new NotFoundException("撤销案件 " + id + " 不存在");
    }
    Honour h = honours.get(r.getHonourId());
    return new CaseView(r.getId(), h.getId(), h.getHolderName(), h.getLevel().label(), r.getComplaintId(), r.getState(),
        r.getProposedGround() == null ? null : r.getProposedGround().name(), r.getMeetingDate(), r.getChair(),
        r.getAttendees(), r.getApproved(), r.getGround() == null ? null : r.getGround().name(),
        r.getGround() == null ? null : r.getGround().article(), r.getFactDate(), r.getDecisionComment(),
        r.getRevokedOn(), revocations.bannedUntilOf(r),
        revocations.itemsOf(r.getId()).stream().map(i -> new ItemView(i.getId(), i.getItem().name(), i.isReissued(),
            i.label(), i.getReturnedOn(), i.getNote(),
            revocations.remindersOf(i.getId()).stream().map(m -> m.getRemindedAt().toLocalDate()).toList())).toList());
  }
}
