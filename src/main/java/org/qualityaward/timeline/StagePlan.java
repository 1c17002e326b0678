package org.qualityaward.timeline;

import static java.util.Comparator.naturalOrder;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.publicity.PublicityKind;
import org.qualityaward.timeline.EditionFacts.PublicityFacts;
import org.springframework.stereotype.Component;

/**
 * The stage plan of an edition: for each stage of {@link EditionPhase} its start, planned end on the
 * working-day calendar, actual end and state. Plain Java over {@link EditionFacts}.
 */
@Component
class StagePlan {

  /**
   * A period ends when its last day is over; the timer due at midnight fires within seconds, so a
   * stage that ends within this margin after its last day is on time.
   */
  static final Duration GRACE = Duration.ofHours(1);

  private final WorkingDayCalendar calendar;

  StagePlan(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  List<StageRow> stages(EditionFacts facts, LocalDateTime now) {
    List<StageRow> rows = new ArrayList<>();
    for (EditionPhase phase : EditionPhase.values()) {
      rows.add(phase.startActivity() == null ? recommendations(phase, facts, now) : fromProcess(phase, facts, now));
    }
    return rows;
  }

  private StageRow fromProcess(EditionPhase phase, EditionFacts facts, LocalDateTime now) {
    LocalDateTime start = facts.firstStarts().get(phase.startActivity());
    LocalDateTime end = phase.endActivities().stream().map(facts.firstStarts()::get).filter(Objects::nonNull)
        .min(naturalOrder()).orElse(null);
    LocalDate planned = switch (phase.plannedEnd()) {
      case NONE -> null;
      case APPLICATION_DEADLINE -> facts.applicationDeadline();
      case PUBLICITY -> lastPlannedDay(publicities(facts, phase.publicityKind()));
    };
    return row(phase, start, planned, end, facts.processEnded(), now);
  }

  /**
   * Art 16: each recommender publicises its own candidates. The stage runs from the first publicity to
   * the end of the last; it is over once intake has closed and none is still running.
   */
  private StageRow recommendations(EditionPhase phase, EditionFacts facts, LocalDateTime now) {
    List<PublicityFacts> publicities = publicities(facts, phase.publicityKind());
    LocalDateTime start = publicities.stream().map(PublicityFacts::publishedAt).min(naturalOrder()).orElse(null);
    boolean intakeClosed = facts.firstStarts().containsKey(EditionPhase.APPLICATION.endActivities().get(0));
    boolean allEnded = publicities.stream().allMatch(p -> p.endedAt() != null);
    LocalDateTime end = intakeClosed && allEnded
        ? publicities.stream().map(PublicityFacts::endedAt).max(naturalOrder()).orElse(null)
        : null;
    return row(phase, start, lastPlannedDay(publicities), end, facts.processEnded(), now);
  }

  private static List<PublicityFacts> publicities(EditionFacts facts, PublicityKind kind) {
    return facts.publicities().stream().filter(p -> p.kind() == kind).toList();
  }

  /** The last working day of the latest period (Art 16, 17, 18, 21: 不少于5个工作日). */
  private LocalDate lastPlannedDay(List<PublicityFacts> publicities) {
    return publicities.stream().map(p -> calendar.lastDayOf(p.startDate(), p.workingDays()))
        .max(naturalOrder()).orElse(null);
  }

  private static StageRow row(EditionPhase phase, LocalDateTime start, LocalDate planned, LocalDateTime end,
      boolean processEnded, LocalDateTime now) {
    StageState state;
    if (start == null) {
      state = processEnded ? StageState.SKIPPED : StageState.NOT_STARTED;
    } else if (end == null) {
      state = planned != null && now.isAfter(dueBy(planned)) ? StageState.OVERDUE : StageState.RUNNING;
    } else {
      state = planned != null && end.isAfter(dueBy(planned)) ? StageState.ENDED_LATE : StageState.ENDED;
    }
    return new StageRow(phase, start, planned, end, state);
  }

  private static LocalDateTime dueBy(LocalDate lastDay) {
    return lastDay.plusDays(1).atStartOfDay().plus(GRACE);
  }
}
