package org.qualityaward.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.edition.EditionStage;
import org.qualityaward.publicity.PublicityKind;
import org.qualityaward.timeline.EditionFacts.PublicityFacts;

/** The stage plan from dates, each publicity with the last day it states, no engine. */
class StagePlanTest {

  private static final LocalDate DEADLINE = LocalDate.of(2026, 4, 24);

  private StagePlan plan;
  private final Map<EditionStage, LocalDateTime> starts = new EnumMap<>(EditionStage.class);

  @BeforeEach
  void setUp() {
    plan = new StagePlan();
    starts.put(EditionStage.NOTICE, at(2026, 4, 1, 9));
    starts.put(EditionStage.APPLICATION_WINDOW, at(2026, 4, 1, 10));
    starts.put(EditionStage.QUALIFICATION_REVIEW, at(2026, 4, 25, 0));
    starts.put(EditionStage.ACCEPTED_LIST_PUBLICITY, at(2026, 4, 28, 9));
  }

  @Test
  @DisplayName("Art 17: the accepted list is planned to end with the last working day its publicity states (7 May)")
  void publicityPlannedOnWorkingDays() {
    StageRow row = stage(facts(), at(2026, 4, 30, 12), EditionStage.ACCEPTED_LIST_PUBLICITY.label());

    assertThat(row.start()).isEqualTo(at(2026, 4, 28, 9));
    assertThat(row.plannedEnd()).isEqualTo(LocalDate.of(2026, 5, 7));
    assertThat(row.actualEnd()).isNull();
    assertThat(row.state()).isEqualTo(StageState.RUNNING);
  }

  @Test
  @DisplayName("Art 17: still running after its last working day is 逾期; on time ends at the next midnight, a later end is late")
  void publicityOverdueOrLate() {
    assertThat(stage(facts(), at(2026, 5, 8, 10), EditionStage.ACCEPTED_LIST_PUBLICITY.label()).state())
        .isEqualTo(StageState.OVERDUE);

    starts.put(EditionStage.DOCUMENT_REVIEW, LocalDateTime.of(2026, 5, 8, 0, 0, 12));
    assertThat(stage(facts(), at(2026, 5, 9, 9), EditionStage.ACCEPTED_LIST_PUBLICITY.label()).state())
        .isEqualTo(StageState.ENDED);

    // an objection kept the publicity open until it was concluded on 11 May
    starts.put(EditionStage.DOCUMENT_REVIEW, at(2026, 5, 11, 15));
    StageRow late = stage(facts(), at(2026, 5, 12, 9), EditionStage.ACCEPTED_LIST_PUBLICITY.label());
    assertThat(late.actualEnd()).isEqualTo(at(2026, 5, 11, 15));
    assertThat(late.state()).isEqualTo(StageState.ENDED_LATE);
    assertThat(late.state().label()).isEqualTo("已结束（逾期）");
  }

  @Test
  @DisplayName("Art 15: intake is planned to the notice's deadline; Art 17 sets qualification review no period")
  void intakeAndQualificationReview() {
    List<StageRow> rows = plan.stages(facts(), at(2026, 4, 27, 9));

    StageRow intake = row(rows, EditionStage.APPLICATION_WINDOW.label());
    assertThat(intake.plannedEnd()).isEqualTo(DEADLINE);
    assertThat(intake.actualEnd()).isEqualTo(at(2026, 4, 25, 0));
    assertThat(intake.state()).isEqualTo(StageState.ENDED);
    StageRow review = row(rows, EditionStage.QUALIFICATION_REVIEW.label());
    assertThat(review.plannedEnd()).isNull();
    assertThat(review.actualEnd()).isEqualTo(at(2026, 4, 28, 9));
    assertThat(row(rows, EditionStage.DOCUMENT_REVIEW.label()).state()).isEqualTo(StageState.NOT_STARTED);
  }

  @Test
  @DisplayName("Art 16: the recommenders' publicities span first to last and end once intake closed and none runs")
  void recommendationPublicities() {
    PublicityFacts first = new PublicityFacts(PublicityKind.RECOMMENDATION, at(2026, 4, 2, 9), LocalDate.of(2026, 4, 9),
        at(2026, 4, 10, 0));
    PublicityFacts last = new PublicityFacts(PublicityKind.RECOMMENDATION, at(2026, 4, 23, 9), LocalDate.of(2026, 4, 29),
        null);
    EditionFacts running = new EditionFacts(DEADLINE, starts, false, List.of(first, last));

    StageRow row = stage(running, at(2026, 4, 27, 9), PublicityKind.RECOMMENDATION.label());
    assertThat(row.start()).isEqualTo(at(2026, 4, 2, 9));
    assertThat(row.plannedEnd()).isEqualTo(LocalDate.of(2026, 4, 29));
    assertThat(row.state()).isEqualTo(StageState.RUNNING);

    PublicityFacts ended = new PublicityFacts(last.kind(), last.publishedAt(), last.lastDay(), at(2026, 4, 30, 0));
    StageRow over = stage(new EditionFacts(DEADLINE, starts, false, List.of(first, ended)), at(2026, 5, 6, 9),
        PublicityKind.RECOMMENDATION.label());
    assertThat(over.actualEnd()).isEqualTo(at(2026, 4, 30, 0));
    assertThat(over.state()).isEqualTo(StageState.ENDED);
  }

  @Test
  @DisplayName("an edition that ended without accepted cases shows the later stages as 未进行")
  void endedWithoutAcceptedCases() {
    starts.remove(EditionStage.ACCEPTED_LIST_PUBLICITY);
    starts.put(EditionStage.ENDED_WITHOUT_ACCEPTED_CASES, at(2026, 4, 27, 10));
    List<StageRow> rows = plan.stages(new EditionFacts(DEADLINE, starts, true, List.of()), at(2026, 4, 28, 9));

    assertThat(row(rows, EditionStage.QUALIFICATION_REVIEW.label()).actualEnd()).isEqualTo(at(2026, 4, 27, 10));
    assertThat(row(rows, EditionStage.ACCEPTED_LIST_PUBLICITY.label()).state()).isEqualTo(StageState.SKIPPED);
    assertThat(row(rows, EditionStage.COMMENDATION.label()).state().label()).isEqualTo("未进行");
  }

  @Test
  @DisplayName("Chapter 4: thirteen rows in the Measures' order, the recommenders' publicities (Art 16) after intake; outcomes are no rows")
  void rowsInTheOrderOfChapterFour() {
    List<String> labels = plan.stages(facts(), at(2026, 4, 30, 12)).stream().map(StageRow::label).toList();

    assertThat(labels).containsExactly("审定评选方案", "发布申报通知", "申报受理", "推荐公示", "资格审查", "受理名单公示", "资料评审",
        "现场评审名单公示", "现场评审", "综合评价", "领导小组审定", "授奖建议名单公示", "市政府审批", "表彰奖励");
  }

  @Test
  @DisplayName("Art 8, 20: a stage ends when a later one is first entered, even if a returned proposal goes back to it")
  void aStageEndsAtTheFirstLaterStage() {
    starts.put(EditionStage.COMPREHENSIVE_EVALUATION, at(2026, 6, 1, 9));
    starts.put(EditionStage.LEADING_GROUP_REVIEW, at(2026, 6, 2, 9));

    List<StageRow> rows = plan.stages(facts(), at(2026, 6, 3, 9));
    assertThat(row(rows, EditionStage.COMPREHENSIVE_EVALUATION.label()).actualEnd()).isEqualTo(at(2026, 6, 2, 9));
    assertThat(row(rows, EditionStage.LEADING_GROUP_REVIEW.label()).state()).isEqualTo(StageState.RUNNING);
  }

  @Test
  @DisplayName("the chart's planned bar reaches the end of the planned last day, the actual bar now; ticks are dates")
  void chart() {
    List<StageRow> rows = plan.stages(facts(), at(2026, 4, 30, 12));
    TimelineChart chart = TimelineChart.of(rows, at(2026, 4, 30, 12));

    TimelineChart.Bar publicity = chart.bars().get(position(rows, EditionStage.ACCEPTED_LIST_PUBLICITY));
    assertThat(publicity.label()).isEqualTo("受理名单公示");
    assertThat(publicity.cssClass()).isEqualTo("running");
    // planned to the end of 7 May, actual up to now (30 April): the planned bar is longer
    assertThat(publicity.plannedWidth()).isGreaterThan(publicity.actualWidth());
    assertThat(publicity.actualX() + publicity.actualWidth()).isCloseTo(chart.todayX(), within(0.01));
    assertThat(chart.bars().get(position(rows, EditionStage.DOCUMENT_REVIEW)).actualX()).isNull();
    assertThat(chart.ticks().get(0).label()).isEqualTo("2026-04-01");
    assertThat(chart.ticks()).allSatisfy(t -> assertThat(t.x()).isBetween(
        (double) TimelineChart.LABEL_WIDTH, (double) TimelineChart.WIDTH - TimelineChart.RIGHT_MARGIN));
  }

  private EditionFacts facts() {
    return new EditionFacts(DEADLINE, starts, false, List.of(new PublicityFacts(PublicityKind.ACCEPTED_LIST,
        at(2026, 4, 28, 9), LocalDate.of(2026, 5, 7), null)));
  }

  private StageRow stage(EditionFacts facts, LocalDateTime now, String label) {
    return row(plan.stages(facts, now), label);
  }

  private static StageRow row(List<StageRow> rows, String label) {
    return rows.stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
  }

  private static int position(List<StageRow> rows, EditionStage stage) {
    return rows.indexOf(row(rows, stage.label()));
  }

  private static LocalDateTime at(int year, int month, int day, int hour) {
    return LocalDateTime.of(year, month, day, hour, 0);
  }
}
