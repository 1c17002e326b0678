package org.qualityaward.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.publicity.PublicityKind;
import org.qualityaward.timeline.EditionFacts.PublicityFacts;

/** The stage plan from dates and the working-day calendar (bundled 2026 holidays), no engine. */
class StagePlanTest {

  private static final LocalDate DEADLINE = LocalDate.of(2026, 4, 24);

  @TempDir
  Path folder;

  private StagePlan plan;
  private final Map<String, LocalDateTime> starts = new HashMap<>();

  @BeforeEach
  void setUp() {
    plan = new StagePlan(new WorkingDayCalendar(folder.toString(), "Asia/Shanghai"));
    starts.put("StartEvent_EditionOpened", at(2026, 4, 1, 9));
    starts.put("Timer_ApplicationDeadline", at(2026, 4, 1, 10));
    starts.put("Task_CloseIntake", at(2026, 4, 25, 0));
    starts.put("CallActivity_AcceptedListPublicity", at(2026, 4, 28, 9));
  }

  @Test
  @DisplayName("Art 17: the accepted list's 5 working days from Tue 28 April skip 劳动节 (1-5 May) and end on 7 May")
  void publicityPlannedOnWorkingDays() {
    StageRow row = stage(facts(), at(2026, 4, 30, 12), EditionPhase.ACCEPTED_LIST_PUBLICITY);

    assertThat(row.start()).isEqualTo(at(2026, 4, 28, 9));
    assertThat(row.plannedEnd()).isEqualTo(LocalDate.of(2026, 5, 7));
    assertThat(row.actualEnd()).isNull();
    assertThat(row.state()).isEqualTo(StageState.RUNNING);
  }

  @Test
  @DisplayName("Art 17: still running after its last working day is 逾期; on time ends at the next midnight, a later end is late")
  void publicityOverdueOrLate() {
    assertThat(stage(facts(), at(2026, 5, 8, 10), EditionPhase.ACCEPTED_LIST_PUBLICITY).state())
        .isEqualTo(StageState.OVERDUE);

    starts.put("Task_StartDocumentReview", LocalDateTime.of(2026, 5, 8, 0, 0, 12));
    assertThat(stage(facts(), at(2026, 5, 9, 9), EditionPhase.ACCEPTED_LIST_PUBLICITY).state())
        .isEqualTo(StageState.ENDED);

    // an objection kept the publicity open until it was concluded on 11 May
    starts.put("Task_StartDocumentReview", at(2026, 5, 11, 15));
    StageRow late = stage(facts(), at(2026, 5, 12, 9), EditionPhase.ACCEPTED_LIST_PUBLICITY);
    assertThat(late.actualEnd()).isEqualTo(at(2026, 5, 11, 15));
    assertThat(late.state()).isEqualTo(StageState.ENDED_LATE);
    assertThat(late.state().label()).isEqualTo("已结束（逾期）");
  }

  @Test
  @DisplayName("Art 15: intake is planned to the notice's deadline; Art 17 sets qualification review no period")
  void intakeAndQualificationReview() {
    List<StageRow> rows = plan.stages(facts(), at(2026, 4, 27, 9));

    StageRow intake = row(rows, EditionPhase.APPLICATION);
    assertThat(intake.plannedEnd()).isEqualTo(DEADLINE);
    assertThat(intake.actualEnd()).isEqualTo(at(2026, 4, 25, 0));
    assertThat(intake.state()).isEqualTo(StageState.ENDED);
    StageRow review = row(rows, EditionPhase.QUALIFICATION_REVIEW);
    assertThat(review.plannedEnd()).isNull();
    assertThat(review.actualEnd()).isEqualTo(at(2026, 4, 28, 9));
    assertThat(row(rows, EditionPhase.DOCUMENT_REVIEW).state()).isEqualTo(StageState.NOT_STARTED);
  }

  @Test
  @DisplayName("Art 16: the recommenders' publicities span first to last and end once intake closed and none runs")
  void recommendationPublicities() {
    PublicityFacts first = new PublicityFacts(PublicityKind.RECOMMENDATION, at(2026, 4, 2, 9), LocalDate.of(2026, 4, 2),
        5, at(2026, 4, 10, 0));
    // Thu 23 April: 23, 24, 27, 28, 29 April
    PublicityFacts last = new PublicityFacts(PublicityKind.RECOMMENDATION, at(2026, 4, 23, 9), LocalDate.of(2026, 4, 23),
        5, null);
    EditionFacts running = new EditionFacts(DEADLINE, starts, false, List.of(first, last));

    StageRow row = stage(running, at(2026, 4, 27, 9), EditionPhase.RECOMMENDATION_PUBLICITY);
    assertThat(row.start()).isEqualTo(at(2026, 4, 2, 9));
    assertThat(row.plannedEnd()).isEqualTo(LocalDate.of(2026, 4, 29));
    assertThat(row.state()).isEqualTo(StageState.RUNNING);

    PublicityFacts ended = new PublicityFacts(last.kind(), last.publishedAt(), last.startDate(), 5, at(2026, 4, 30, 0));
    StageRow over = stage(new EditionFacts(DEADLINE, starts, false, List.of(first, ended)), at(2026, 5, 6, 9),
        EditionPhase.RECOMMENDATION_PUBLICITY);
    assertThat(over.actualEnd()).isEqualTo(at(2026, 4, 30, 0));
    assertThat(over.state()).isEqualTo(StageState.ENDED);
  }

  @Test
  @DisplayName("an edition that ended without accepted cases shows the later stages as 未进行")
  void endedWithoutAcceptedCases() {
    starts.remove("CallActivity_AcceptedListPublicity");
    starts.put("End_NoAcceptedCases", at(2026, 4, 27, 10));
    List<StageRow> rows = plan.stages(new EditionFacts(DEADLINE, starts, true, List.of()), at(2026, 4, 28, 9));

    assertThat(row(rows, EditionPhase.QUALIFICATION_REVIEW).actualEnd()).isEqualTo(at(2026, 4, 27, 10));
    assertThat(row(rows, EditionPhase.ACCEPTED_LIST_PUBLICITY).state()).isEqualTo(StageState.SKIPPED);
    assertThat(row(rows, EditionPhase.COMMENDATION).state().label()).isEqualTo("未进行");
  }

  @Test
  @DisplayName("the chart's planned bar reaches the end of the planned last day, the actual bar now; ticks are dates")
  void chart() {
    List<StageRow> rows = plan.stages(facts(), at(2026, 4, 30, 12));
    TimelineChart chart = TimelineChart.of(rows, at(2026, 4, 30, 12));

    TimelineChart.Bar publicity = chart.bars().get(EditionPhase.ACCEPTED_LIST_PUBLICITY.ordinal());
    assertThat(publicity.label()).isEqualTo("受理名单公示");
    assertThat(publicity.cssClass()).isEqualTo("running");
    // planned to the end of 7 May, actual up to now (30 April): the planned bar is longer
    assertThat(publicity.plannedWidth()).isGreaterThan(publicity.actualWidth());
    assertThat(publicity.actualX() + publicity.actualWidth()).isCloseTo(chart.todayX(), within(0.01));
    assertThat(chart.bars().get(EditionPhase.DOCUMENT_REVIEW.ordinal()).actualX()).isNull();
    assertThat(chart.ticks().get(0).label()).isEqualTo("2026-04-01");
    assertThat(chart.ticks()).allSatisfy(t -> assertThat(t.x()).isBetween(
        (double) TimelineChart.LABEL_WIDTH, (double) TimelineChart.WIDTH - TimelineChart.RIGHT_MARGIN));
  }

  private EditionFacts facts() {
    return new EditionFacts(DEADLINE, starts, false, List.of(new PublicityFacts(PublicityKind.ACCEPTED_LIST,
        at(2026, 4, 28, 9), LocalDate.of(2026, 4, 28), 5, null)));
  }

  private StageRow stage(EditionFacts facts, LocalDateTime now, EditionPhase phase) {
    return row(plan.stages(facts, now), phase);
  }

  private static StageRow row(List<StageRow> rows, EditionPhase phase) {
    return rows.stream().filter(r -> r.phase() == phase).findFirst().orElseThrow();
  }

  private static LocalDateTime at(int year, int month, int day, int hour) {
    return LocalDateTime.of(year, month, day, hour, 0);
  }
}
