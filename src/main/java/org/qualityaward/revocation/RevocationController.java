package org.qualityaward.revocation;

import java.time.LocalDate;
import java.util.List;
import org.qualityaward.honour.Honour;
import org.qualityaward.honour.Honours;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public notice of revoked honours (Art 30: 并在媒体上予以公布), newest first. */
@RestController
@RequestMapping("/api/revocations")
class RevocationController {

  /** One announcement. {@code bannedUntil} is the first day the holder may apply again (Art 32). */
  record Announcement(Long revocationId, String holderName, String kind, String level, LocalDate awardedOn,
      LocalDate revokedOn, String ground, String article, String grounds, LocalDate bannedUntil) {}

  private final Revocations revocations;
  private final Honours honours;

  RevocationController(Revocations revocations, Honours honours) {
    this.revocations = revocations;
    this.honours = honours;
  }

  @GetMapping("/announcements")
  @Transactional(readOnly = true)
  List<Announcement> announcements() {
    return revocations.announced().stream().map(r -> {
      Honour h = honours.get(r.getHonourId());
      return new Announcement(r.getId(), h.getHolderName(), h.getKind().name(), h.getLevel().label(),
          h.getAwardedOn(), r.getRevokedOn(), r.getGround().name(), r.getGround().article(), r.getGround().describe(),
          revocations.bannedUntilOf(r));
    }).toList();
  }
}
