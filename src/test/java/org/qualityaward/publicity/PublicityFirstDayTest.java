package org.qualityaward.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.publicity.PublicityFirstDay.NEXT_WORKING_DAY;
import static org.qualityaward.publicity.PublicityFirstDay.PUBLICATION_DAY;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.publicity.PublicityFirstDay.Period;

/**
 * Plain rule tests of a publicity's first and last day (Art 16, 17, 18, 21 「公示期不少于5个工作日」;
 * 民法典第二百零一条: a period counted in days starts the next day) on the bundled 2026 holiday-cn data.
 */
class PublicityFirstDayTest {

  /** The bundled holiday-cn years only: no office drop-in folder. */
  private final WorkingDayCalendar calendar = new WorkingDayCalendar("target/no-calendar-folder", "Asia/Shanghai");

  private Period period(PublicityFirstDay rule, String publishedOn) {
    return rule.period(LocalDate.parse(publishedOn), 5, calendar);
  }

  private static Period days(String first, String last) {
    return new Period(LocalDate.parse(first), LocalDate.parse(last));
  }

  @Test
  @DisplayName("Art 17, 民法典第二百零一条: published on a Friday afternoon, the period runs Monday to Friday of the next week")
  void fridayPublicationStartsNextMonday() {
    assertThat(period(NEXT_WORKING_DAY, "2026-03-06")).isEqualTo(days("2026-03-09", "2026-03-13"));
  }

  @Test
  @DisplayName("Art 16, 民法典第二百零一条: published Wednesday 30 September, day 1 is after 国庆 (8 Oct), the make-up Saturday 10 Oct counts, day 5 is 13 Oct")
  void publicationBeforeNationalDay() {
    assertThat(period(NEXT_WORKING_DAY, "2026-09-30")).isEqualTo(days("2026-10-08", "2026-10-13"));
  }

  @Test
  @DisplayName("Art 18, 民法典第二百零一条: published on a Friday before a make-up working day (Sat 10 Oct, Sun 20 Sep), day 1 is that weekend day")
  void makeUpWeekendDayIsTheFirstDay() {
    assertThat(period(NEXT_WORKING_DAY, "2026-10-09")).isEqualTo(days("2026-10-10", "2026-10-15"));
    // 中秋 25–27 September follows: Sun 20 to Thu 24 September
    assertThat(period(NEXT_WORKING_DAY, "2026-09-18")).isEqualTo(days("2026-09-20", "2026-09-24"));
  }

  @Test
  @DisplayName("Art 21: qa.publicity.first-day=PUBLICATION_DAY counts a working day of publication as day 1")
  void publicationDaySettingCountsAWorkingPublicationDay() {
    assertThat(period(PUBLICATION_DAY, "2026-03-06")).isEqualTo(days("2026-03-06", "2026-03-12"));
    assertThat(period(PUBLICATION_DAY, "2026-09-30")).isEqualTo(days("2026-09-30", "2026-10-12"));
  }

  @Test
  @DisplayName("Art 16/17/18/21: published on a holiday or weekend, both readings start on the next working day")
  void holidayPublicationStartsNextWorkingDayInBothReadings() {
    for (String holiday : new String[] {"2026-10-01", "2026-10-07", "2026-03-07"}) {
      assertThat(period(PUBLICATION_DAY, holiday)).isEqualTo(period(NEXT_WORKING_DAY, holiday));
    }
    assertThat(period(PUBLICATION_DAY, "2026-10-01")).isEqualTo(days("2026-10-08", "2026-10-13"));
  }

  @Test
  @DisplayName("Art 16/17/18/21 不少于5个工作日: whatever the day of publication in 2026, the default gives 5 full working days after it, first and last working")
  void neverShorterThanFiveFullWorkingDays() {
    for (LocalDate published = LocalDate.of(2026, 1, 1); published.isBefore(LocalDate.of(2026, 12, 1));
        published = published.plusDays(1)) {
      Period p = NEXT_WORKING_DAY.period(published, 5, calendar);
      assertThat(p.firstDay()).as("published %s", published).isAfter(published);
      assertThat(calendar.isWorkingDay(p.firstDay())).as("published %s", published).isTrue();
      assertThat(calendar.isWorkingDay(p.lastDay())).as("published %s", published).isTrue();
      assertThat(p.firstDay().datesUntil(p.lastDay().plusDays(1)).filter(calendar::isWorkingDay).count())
          .as("published %s", published).isEqualTo(5);
      // no working day lies between the publication and day 1: the period starts as soon as it may
      assertThat(published.plusDays(1).datesUntil(p.firstDay()).noneMatch(calendar::isWorkingDay))
          .as("published %s", published).isTrue();
    }
  }

  @Test
  @DisplayName("Art 21: qa.publicity.first-day reaches the one place that fixes a period, and a period once stated is not moved")
  void settingFixesThePeriodOnce() {
    Publicity published = new Publicity("授奖建议名单公示", PublicityKind.PROPOSED_AWARDS, null, LocalDate.of(2026, 3, 6), 5,
        "quality-office", LocalDateTime.of(2026, 3, 6, 16, 0));
    // the repository is not needed to fix a loaded publicity
    new PublicityPeriod(null, calendar, new PublicityProperties(5, 30, PUBLICATION_DAY)).fix(published);
    assertThat(published.periodText()).isEqualTo("2026年3月6日至2026年3月12日（5个工作日）");

    new PublicityPeriod(null, calendar, new PublicityProperties(5, 30, NEXT_WORKING_DAY)).fix(published);
    assertThat(published.getFirstDay()).isEqualTo("2026-03-06");
    assertThat(published.getLastDay()).isEqualTo("2026-03-12");
  }
}
