package org.qualityaward.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qualityaward.application.AwardApplicationModel.QUALIFICATION_REVIEW;
import static org.qualityaward.edition.AwardEditionModel.PUBLISH_NOTICE;
import static org.qualityaward.honour.HonourModel.RETURN_VISIT;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qualityaward.calendar.WorkingDayCalendar;

/**
 * Plain rule tests on the bundled 2026 calendar: 中秋 and 国庆 off 25–27 Sep and 1–7 Oct, Saturday
 * 10 Oct a make-up working day.
 */
class DueDayRuleTest {

  private static final LocalDate MONDAY_28_SEP = LocalDate.of(2026, 9, 28);

  @TempDir Path folder;

  private DueDayRule rule;

  @BeforeEach
  void setUp() {
    rule = new DueDayRule(new WorkingDayCalendar(folder.toString(), "Asia/Shanghai"),
        Map.of(QUALIFICATION_REVIEW, 5));
  }

  @Test
  @DisplayName("a routine task: the Nth working day after the day it arrives, holidays off and make-up days on (民法典第二百零一条: arrival day not counted)")
  void configuredWorkingDays() {
    // 29, 30 Sep, 8, 9 Oct, Saturday 10 Oct (调休上班)
    assertThat(rule.configured(QUALIFICATION_REVIEW, MONDAY_28_SEP)).contains(LocalDate.of(2026, 10, 10));
    assertThat(rule.configured(PUBLISH_NOTICE, MONDAY_28_SEP)).isEmpty();
  }

  @Test
  @DisplayName("the label names the day and its weekday in Chinese")
  void label() {
    assertThat(DueDayRule.label(LocalDate.of(2026, 10, 10))).isEqualTo("2026-10-10（星期六）前办结");
  }

  @Test
  @DisplayName("configuration: keys match the models' task ids loosely; unknown keys and tasks with a fixed deadline are refused, each named")
  void configurationChecked() {
    Set<String> tasks = Set.of(QUALIFICATION_REVIEW, RETURN_VISIT);
    Map<String, String> fixed = Map.of(RETURN_VISIT, "第三十一条回访");
    assertThat(DueDayRule.checkConfiguration(Map.of("taskqualificationreview", 4), tasks, fixed))
        .containsExactly(Map.entry(QUALIFICATION_REVIEW, 4));
    assertThatThrownBy(() -> DueDayRule.checkConfiguration(Map.of("Task_Typo", 4), tasks, fixed))
        .hasMessageContaining("qa.tasks.due-working-days.Task_Typo").hasMessageContaining("没有此用户任务");
    assertThatThrownBy(() -> DueDayRule.checkConfiguration(Map.of(RETURN_VISIT, 4), tasks, fixed))
        .hasMessageContaining("qa.tasks.due-working-days.Task_ReturnVisit").hasMessageContaining("第三十一条");
  }

  @Test
  @DisplayName("configuration: fewer than 1 working day is refused, naming the key")
  void atLeastOneWorkingDay() {
    assertThatThrownBy(() -> new TaskProperties(Map.of(QUALIFICATION_REVIEW, 0)))
        .hasMessageContaining("qa.tasks.due-working-days.Task_QualificationReview").hasMessageContaining("至少为 1");
  }
}
