package org.qualityaward.timeline;

import static java.util.Comparator.naturalOrder;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qualityaward.edition.EditionStage;
import org.qualityaward.publicity.PublicityKind;
import org.qualityaward.timeline.EditionFacts.PublicityFacts;
import org.springframework.stereotype.Component;

/**
 * The stage plan of an edition: for each {@link EditionStage} it passes through, and the recommenders'
 * publicities that run in the applications' own processes, its start, planned end (the deadline, or a
 * publicity's last working day as the publicity states it), actual end and state. A stage ends when a later one is first entered. Plain Java over
 * {@link EditionFacts}.
 */
@Component
class StagePlan {

  /**
   * A period ends when its last day is over; the timer due at midnight fires within seconds, so a
   * stage that ends within this margin after its last day is on time.
   */
  static final Duration GRACE = Duration.ofHours(1);

  /** The edition's own publicities (Art 17, 18, 21), each the whole of its stage. */
  private static final Map<EditionStage, PublicityKind> PUBLICITIES = Map.of(
      EditionStage.ACCEPTED_LIST_PUBLICITY, PublicityKind.ACCEPTED_LIST,
      EditionStage.ONSITE_LIST_PUBLICITY, PublicityKind.ONSITE_LIST,
      EditionStage.PROPOSED_LIST_PUBLICITY, PublicityKind.PROPOSED_AWARDS);

  List<StageRow> stages(EditionFacts facts, LocalDateTime now) {
    List<StageRow> rows = new ArrayList<>();
    for (EditionStage stage : EditionStage.values()) {
      if (stage.isOutcome()) {
        continue;
      }
      rows.add(fromProcess(stage, facts, now));
      if (stage == EditionStage.APPLICATION_WINDOW) {
        rows.add(recommendations(facts, now));
      }
    }
    return rows;
  }

  private StageRow fromProcess(EditionStage stage, EditionFacts facts, LocalDateTime now) {
    LocalDateTime start = facts.stageStarts().get(stage);
    LocalDateTime end = facts.stageStarts().entrySet().stream()
        .filter(entered -> entered.getKey().compareTo(stage) > 0).map(Map.Entry::getValue)
        .min(naturalOrder()).orElse(null);
    LocalDate planned = stage == EditionStage.APPLICATION_WINDOW ? facts.applicationDeadline()
        : PUBLICITIES.containsKey(stage) ? lastPlannedDay(publicities(facts, PUBLICITIES.get(stage)))
        : null;
    return row(stage.label(), stage.article(), start, planned, end, facts.processEnded(), now);
  }

  /**
   * Art 16: each recommender publicises its own candidates. The stage runs from the first publicity to
   * the end of the last; it is over once intake has closed and none is still running.
   */
  private StageRow recommendations(EditionFacts facts, LocalDateTime now) {
    List<PublicityFacts> publicities = publicities(facts, PublicityKind.RECOMMENDATION);
    LocalDateTime start = publicities.stream().map(PublicityFacts::publishedAt).min(naturalOrder()).orElse(null);
    boolean intakeClosed = facts.stageStarts().containsKey(EditionStage.QUALIFICATION_REVIEW);
    boolean allEnded = publicities.stream().allMatch(p -> p.endedAt() != null);
    LocalDateTime end = intakeClosed && allEnded
        ? publicities.stream().map(PublicityFacts::endedAt).max(naturalOrder()).orElse(null)
        : null;
    return row(PublicityKind.RECOMMENDATION.label(), PublicityKind.RECOMMENDATION.article(), start,
        lastPlannedDay(publicities), end, facts.processEnded(), now);
  }

  private static List<PublicityFacts> publicities(EditionFacts facts, PublicityKind kind) {
    return facts.publicities().stream().filter(p -> p.kind() == kind).toList();
  }

  /** The last working day of the latest period (Art 16, 17, 18, 21: 不少于5个工作日). */
  private static LocalDate lastPlannedDay(List<PublicityFacts> publicities) {
    return publicities.stream().map(PublicityFacts::lastDay).filter(day -> day != null)
        .max(naturalOrder()).orElse(null);
  }

  private static StageRow row(String label, String article, LocalDateTime start, LocalDate planned, LocalDateTime end,
      boolean processEnded, LocalDateTime now) {
    StageState state;
    if (start == null) {
      state = processEnded ? StageState.SKIPPED : StageState.NOT_STARTED;
    } else if (end == null) {
      state = planned != null && now.isAfter(dueBy(planned)) ? StageState.OVERDUE : StageState.RUNNING;
    } else {
      state = planned != null && end.isAfter(dueBy(planned)) ? StageState.ENDED_LATE : StageState.ENDED;
    }
    return new StageRow(label, article, start, planned, end, state);
  }

  private static LocalDateTime dueBy(LocalDate lastDay) {
    return lastDay.plusDays(1).atStartOfDay().plus(GRACE);
  }
}
