package org.qualityaward.honour;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.eligibility.ResidentIdNumber;
import org.qualityaward.kernel.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What {@code /api/honours} shows: the public register and one honour with its whole history. */
@Service
class HonourViews {

  /** One honour as the public register lists it. */
  record Summary(Long id, String holderName, String kind, String level, LocalDate awardedOn, LocalDate validUntil,
      String state, Long renewedFrom) {}

  /** One honour with its history, oldest first; a person's ID number masked but for the quality office. */
  record Detail(Long id, String holderName, String kind, String level, LocalDate awardedOn, LocalDate validUntil,
      String state, Long renewedFrom, Long editionId, Long applicationId, String holderCreditCode,
      String holderIdNumber, LocalDate revokedOn, List<HonourHistory.Event> history) {}

  private final HonourRepository honours;
  private final Honours service;
  private final List<HonourHistory> histories;
  private final WorkingDayCalendar calendar;

  HonourViews(HonourRepository honours, Honours service, List<HonourHistory> histories, WorkingDayCalendar calendar) {
    this.honours = honours;
    this.service = service;
    this.histories = histories;
    this.calendar = calendar;
  }

  @Transactional(readOnly = true)
  List<Summary> list(HonourState state, String holder) {
    String needle = holder == null || holder.isBlank() ? null : holder.strip();
    LocalDate today = calendar.today();
    return honours.findAll().stream()
        .filter(h -> state == null || h.stateOn(today) == state)
        .filter(h -> needle == null || h.getHolderName().contains(needle))
        .sorted(Comparator.comparing(Honour::getAwardedOn).reversed().thenComparing(Honour::getId))
        .map(h -> new Summary(h.getId(), h.getHolderName(), h.getKind().name(), h.getLevel().name(), h.getAwardedOn(),
            h.getValidUntil(), h.stateOn(today).name(), h.getRenewalOfHonourId()))
        .toList();
  }

  @Transactional(readOnly = true)
  Detail detail(Long honourId, boolean fullIdNumber) {
    Honour h = honours.findById(honourId).orElseThrow(() -> new NotFoundException("荣誉 " + honourId + " 不存在"));
    return new Detail(h.getId(), h.getHolderName(), h.getKind().name(), h.getLevel().name(), h.getAwardedOn(),
        h.getValidUntil(), h.stateOn(calendar.today()).name(), h.getRenewalOfHonourId(), h.getEditionId(),
        h.getApplicationId(),
        h.getHolderCreditCode(), fullIdNumber ? h.getHolderIdNumber() : ResidentIdNumber.masked(h.getHolderIdNumber()),
        h.getRevokedOn(), history(h));
  }

  /** The honour's own records (conferred, visits, escalations, expiry) and every module's events, by time. */
  List<HonourHistory.Event> history(Honour h) {
    List<HonourHistory.Event> events = new ArrayList<>();
    events.add(new HonourHistory.Event(h.getAwardedOn().atStartOfDay(), "CONFERRED",
        "授予" + h.getLevel().label() + "（" + h.getKind().label() + "），有效期至 " + h.getValidUntil(), h.getId()));
    for (ReturnVisit v : service.visitsOf(h.getId())) {
      events.add(new HonourHistory.Event(v.getVisitedOn().atStartOfDay(), "RETURN_VISIT", "回访（应于 " + v.getDueOn()
          + "）：参加 " + v.getParticipants() + "；情况：" + v.getFindings() + "；后续措施：" + v.getFollowUp(), v.getId()));
    }
    for (ReturnVisitEscalation e : service.escalationsOf(h.getId())) {
      events.add(new HonourHistory.Event(e.getEscalatedAt(), "RETURN_VISIT_OVERDUE", "应于 " + e.getDueOn()
          + " 进行的回访逾期，市质强办督办：" + e.getActions(), e.getId()));
    }
    if (h.getState() == HonourState.EXPIRED) {
      events.add(new HonourHistory.Event(h.getValidUntil().plusDays(1).atStartOfDay(), "EXPIRED",
          "有效期届满（第三十三条）", h.getId()));
    }
    List<HonourHistory.Event> reported = new ArrayList<>();
    histories.forEach(history -> reported.addAll(history.eventsOf(h.getId())));
    // the revocation module reports its own REVOKED event; the bare date only when nobody did
    if (h.getRevokedOn() != null && reported.stream().noneMatch(e -> "REVOKED".equals(e.type()))) {
      events.add(new HonourHistory.Event(h.getRevokedOn().atStartOfDay(), "REVOKED", "荣誉撤销（第三十条）", h.getId()));
    }
    events.addAll(reported);
    events.sort(Comparator.comparing(HonourHistory.Event::at, Comparator.nullsLast(LocalDateTime::compareTo)));
    return events;
  }
}
