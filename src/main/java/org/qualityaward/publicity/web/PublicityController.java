package org.qualityaward.publicity.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.qualityaward.publicity.Publicity;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.publicity.PublicityEntry;
import org.qualityaward.publicity.PublicityEntryRepository;
import org.qualityaward.publicity.PublicityProperties;
import org.qualityaward.publicity.PublicityRepository;
import org.qualityaward.publicity.PublicityState;
import org.qualityaward.publicity.objection.FileObjectionCommand;
import org.qualityaward.publicity.objection.Objection;
import org.qualityaward.publicity.objection.ObjectionRefusedException;
import org.qualityaward.publicity.objection.ObjectionService;
import org.qualityaward.web.PublicSubmission;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public publicity API (no login): the lists on publicity, filing and following objections. */
@RestController
@RequestMapping("/api")
public class PublicityController {

  private final PublicityRepository publicities;
  private final PublicityEntryRepository entries;
  private final ObjectionService objections;
  private final PublicityProperties properties;
  private final WorkingDayCalendar clock;

  public PublicityController(PublicityRepository publicities, PublicityEntryRepository entries,
      ObjectionService objections, PublicityProperties properties, WorkingDayCalendar clock) {
    this.publicities = publicities;
    this.entries = entries;
    this.objections = objections;
    this.properties = properties;
    this.clock = clock;
  }

  /** Running publicities and those ended within {@code qa.publicity.recently-ended-days}. */
  @GetMapping("/publicities")
  @Transactional(readOnly = true)
  public List<PublicityView> current() {
    var today = clock.today();
    List<Publicity> list = publicities.findCurrent(today.minusDays(properties.recentlyEndedDays()));
    Map<Long, List<PublicityEntry>> byPublicity = list.isEmpty() ? Map.of()
        : entries.findByPublicityIdInOrderByIdAsc(list.stream().map(Publicity::getId).toList()).stream()
            .collect(Collectors.groupingBy(PublicityEntry::getPublicityId));
    return list.stream().map(p -> new PublicityView(p.getId(), p.getTitle(), p.getKind(), p.getEditionId(),
        p.getStartDate(), p.getPublicityDays(), p.getEndDate(), p.getState(),
        p.getState() == PublicityState.RUNNING && !today.isBefore(p.getStartDate())
            && (p.getEndDate() == null || !today.isAfter(p.getEndDate())),
        byPublicity.getOrDefault(p.getId(), List.of()).stream()
            .map(e -> new PublicityView.EntryView(e.getApplicationId(), e.getCandidateName(), e.getSummary(),
                e.isDisqualified()))
            .toList()))
        .toList();
  }

  /** Files an objection (Art 21): 201 with the receipt number. */
  @PostMapping("/publicities/{id}/objections")
  @PublicSubmission
  public ResponseEntity<ObjectionReceipt> file(@PathVariable("id") Long id,
      @Valid @RequestBody ObjectionRequest body) {
    Objection o = objections.file(id, new FileObjectionCommand(body.objectorName(), body.contact(),
        body.applicationId(), body.grounds()));
    return ResponseEntity.created(URI.create("/api/objections/" + o.getReceiptNumber()))
        .body(new ObjectionReceipt(o.getReceiptNumber(), o.getId()));
  }

  /** State and, once concluded, the answer of an objection. */
  @GetMapping("/objections/{receiptNumber}")
  @Transactional(readOnly = true)
  public ObjectionStatusView objection(@PathVariable("receiptNumber") String receiptNumber) {
    Objection o = objections.findByReceiptNumber(receiptNumber).orElseThrow(() -> new ObjectionRefusedException(
        ObjectionRefusedException.Reason.OBJECTION_NOT_FOUND,
        "异议受理编号 " + receiptNumber + " 不存在（objection " + receiptNumber + " not found）"));
    boolean concluded = o.getState() == org.qualityaward.publicity.objection.ObjectionState.CONCLUDED;
    String title = publicities.findById(o.getPublicityId()).map(Publicity::getTitle).orElse(null);
    String candidate = entries.findById(o.getEntryId()).map(PublicityEntry::getCandidateName).orElse(null);
    return new ObjectionStatusView(o.getReceiptNumber(), o.getPublicityId(), title, o.getApplicationId(),
        candidate, o.getFiledAt(), o.getState(), concluded ? o.getSubstantiated() : null,
        concluded ? o.getAnswer() : null, o.getConcludedAt());
  }
}
