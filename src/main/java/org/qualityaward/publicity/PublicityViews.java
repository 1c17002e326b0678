package org.qualityaward.publicity;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.kernel.NotFoundException;
import org.qualityaward.platform.ReceiptNumbers;
import org.qualityaward.publicity.objection.FileObjectionCommand;
import org.qualityaward.publicity.objection.Objection;
import org.qualityaward.publicity.objection.ObjectionService;
import org.qualityaward.publicity.objection.ObjectionState;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public sees of publicities and objections, and the objections it files: for the JSON API
 * and the notice board alike.
 */
@Component
public class PublicityViews {

  private final PublicityRepository publicities;
  private final PublicityEntryRepository entries;
  private final ObjectionService objections;
  private final PublicityProperties properties;
  private final WorkingDayCalendar clock;

  PublicityViews(PublicityRepository publicities, PublicityEntryRepository entries, ObjectionService objections,
      PublicityProperties properties, WorkingDayCalendar clock) {
    this.publicities = publicities;
    this.entries = entries;
    this.objections = objections;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * The case file's view of one case in publicities (Art 16, 17, 18, 21): each publicity listing it, and
   * the objections to it — without the objector's name or contact, which only their handlers read at
   * {@code /api/objections/{receipt}/objector}.
   */
  public record CaseInPublicity(String title, String kindLabel, String article, String period, String stateLabel,
      boolean disqualified, String disqualificationReason, List<CaseObjection> objections) {}

  /** An objection to a case as the case file shows it: the whole receipt number to the office only. */
  public record CaseObjection(String receiptNumber, String serial, java.time.LocalDateTime filedAt, String stateLabel,
      String grounds, String findings, Boolean substantiated, String conclusion) {}

  @Transactional(readOnly = true)
  public List<CaseInPublicity> ofApplication(Long applicationId) {
    List<Objection> all = objections.ofApplication(applicationId);
    return entries.findByApplicationIdOrderByIdAsc(applicationId).stream()
        .map(entry -> {
          Publicity p = publicities.findById(entry.getPublicityId()).orElseThrow();
          List<CaseObjection> mine = all.stream().filter(o -> o.getPublicityId().equals(p.getId()))
              .map(o -> new CaseObjection(o.getReceiptNumber(), o.serial(), o.getFiledAt(), o.getState().label(), o.getGrounds(),
                  o.getFindings(), o.getSubstantiated(), o.getConclusion()))
              .toList();
          return new CaseInPublicity(p.getTitle(), p.getKind().label(), p.getKind().article(), p.periodText(),
              p.getState().label(), entry.isDisqualified(), entry.getDisqualificationReason(), mine);
        })
        .toList();
  }

  /** Running publicities and those ended within {@code qa.publicity.recently-ended-days}, newest first. */
  @Transactional(readOnly = true)
  public List<PublicityView> current() {
    List<Publicity> list = publicities.findCurrent(clock.today().minusDays(properties.recentlyEndedDays()));
    Map<Long, List<PublicityEntry>> byPublicity = list.isEmpty() ? Map.of()
        : entries.findByPublicityIdInOrderByIdAsc(list.stream().map(Publicity::getId).toList()).stream()
            .collect(Collectors.groupingBy(PublicityEntry::getPublicityId));
    return list.stream().map(p -> view(p, byPublicity.getOrDefault(p.getId(), List.of()))).toList();
  }

  /** Files an objection (Art 21) with its attachment (null: none); see {@link ObjectionService#file}. */
  public ObjectionReceipt file(Long publicityId, ObjectionRequest request, ObjectionUpload attachment) {
    Objection o = objections.file(publicityId, new FileObjectionCommand(request.objectorName(), request.contact(),
        request.applicationId(), request.grounds(), attachment));
    return new ObjectionReceipt(o.getReceiptNumber(), o.getId());
  }

  /** One publicity, whether current or not. */
  @Transactional(readOnly = true)
  public PublicityView publicity(Long id) {
    Publicity p = publicities.findById(id).orElseThrow(() -> new NotFoundException(
        "公示 " + id + " 不存在（publicity " + id + " not found）"));
    return view(p, entries.findByPublicityIdOrderByIdAsc(id));
  }

  /** State and, once concluded, the answer of an objection; no name or contact. */
  @Transactional(readOnly = true)
  public ObjectionStatusView objection(String receiptNumber) {
    Objection o = objections.findByReceiptNumber(ReceiptNumbers.typed(receiptNumber)).orElseThrow(() ->
        new NotFoundException("异议受理编号 " + receiptNumber + " 不存在（objection " + receiptNumber + " not found）"));
    boolean concluded = o.getState() == ObjectionState.CONCLUDED;
    boolean answered = concluded || o.getState() == ObjectionState.CLOSED;
    String title = publicities.findById(o.getPublicityId()).map(Publicity::getTitle).orElse(null);
    String candidate = entries.findById(o.getEntryId()).map(PublicityEntry::getCandidateName).orElse(null);
    return new ObjectionStatusView(o.getReceiptNumber(), o.getPublicityId(), title, o.getApplicationId(),
        candidate, o.getFiledAt(), o.getState(), concluded ? o.getSubstantiated() : null,
        answered ? o.getAnswer() : null, o.getConcludedAt());
  }

  private PublicityView view(Publicity p, List<PublicityEntry> list) {
    return new PublicityView(p.getId(), p.getTitle(), p.getKind(), p.getEditionId(), p.getPublishedOn(),
        p.getFirstDay(), p.getPublicityDays(), p.getLastDay(), p.periodText(), p.getState(),
        p.acceptsObjectionsOn(clock.today()),
        list.stream()
            .map(e -> new PublicityView.EntryView(e.getApplicationId(), e.getCandidateName(), e.getSummary(),
                e.isDisqualified()))
            .toList());
  }
}
