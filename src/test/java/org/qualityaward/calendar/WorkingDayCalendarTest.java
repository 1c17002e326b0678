package org.qualityaward.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain rule tests: the "不少于5个工作日" periods of Art 16, 17, 18 and 21, no Spring. */
class WorkingDayCalendarTest {

  private static final String PUBLISHED_2027 = """
      { "year": 2027, "papers": ["https://www.gov.cn/example-2027-notice"],
        "days": [ { "name": "元旦", "date": "2027-01-01", "isOffDay": true } ] }
      """;

  @TempDir
  Path folder;

  private WorkingDayCalendar calendar;

  @BeforeEach
  void setUp() {
    calendar = new WorkingDayCalendar(folder.toString(), "Asia/Shanghai");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  @DisplayName("Art 16: 公示期不少于5个工作日 — a period starting on Friday skips the weekend")
  void weekendIsSkipped() {
    assertThat(calendar.lastDayOf(date("2026-03-06"), 5)).isEqualTo("2026-03-12");
  }

  @Test
  @DisplayName("Art 16: a period starting on a Saturday counts the next Monday as day 1")
  void startingOnWeekend() {
    assertThat(calendar.lastDayOf(date("2026-03-07"), 1)).isEqualTo("2026-03-09");
    assertThat(calendar.lastDayOf(date("2026-03-07"), 5)).isEqualTo("2026-03-13");
  }

  @Test
  @DisplayName("Art 17: 受理名单公示不少于5个工作日 — 2026 国庆: 9/28–9/30, then 10/8 and 10/9")
  void nationalDay2026() {
    assertThat(calendar.lastDayOf(date("2026-09-28"), 5)).isEqualTo("2026-10-09");
  }

  @Test
  @DisplayName("Art 17: 2026 国庆 — the make-up Saturday 10/10 (调休上班) is working day 6")
  void nationalDay2026MakeUpSaturday() {
    assertThat(calendar.isWorkingDay(date("2026-10-10"))).isTrue();
    assertThat(calendar.lastDayOf(date("2026-09-28"), 6)).isEqualTo("2026-10-10");
  }

  @Test
  @DisplayName("Art 16: 2026 — the make-up Sunday 9/20 counts, the 中秋 days 9/25–9/27 do not")
  void midAutumn2026() {
    assertThat(calendar.lastDayOf(date("2026-09-18"), 5)).isEqualTo("2026-09-23");
    assertThat(calendar.lastDayOf(date("2026-09-24"), 2)).isEqualTo("2026-09-28");
  }

  @Test
  @DisplayName("Art 21: 评议公示不少于5个工作日 — 2025 国庆 crossing the make-up days 9/28 and 10/11")
  void nationalDay2025() {
    assertThat(calendar.lastDayOf(date("2025-09-26"), 5)).isEqualTo("2025-10-09");
    assertThat(calendar.lastDayOf(date("2025-09-26"), 7)).isEqualTo("2025-10-11");
  }

  @Test
  @DisplayName("Art 16: a period starting on a holiday (2025-10-01) counts from the first working day")
  void startingOnHoliday() {
    assertThat(calendar.isWorkingDay(date("2025-10-01"))).isFalse();
    assertThat(calendar.lastDayOf(date("2025-10-01"), 1)).isEqualTo("2025-10-09");
    assertThat(calendar.lastDayOf(date("2025-10-01"), 5)).isEqualTo("2025-10-14");
  }

  @Test
  @DisplayName("Art 16: a period starting on a make-up working Sunday (2025-09-28) counts it as day 1")
  void startingOnMakeUpSunday() {
    assertThat(calendar.lastDayOf(date("2025-09-28"), 1)).isEqualTo("2025-09-28");
    assertThat(calendar.lastDayOf(date("2025-09-28"), 5)).isEqualTo("2025-10-10");
  }

  @Test
  @DisplayName("Art 18: 现场评审名单公示不少于5个工作日 — 2026 春节 with make-up Saturdays 2/14 and 2/28")
  void springFestival2026() {
    assertThat(calendar.lastDayOf(date("2026-02-12"), 5)).isEqualTo("2026-02-25");
    assertThat(calendar.lastDayOf(date("2026-02-24"), 5)).isEqualTo("2026-02-28");
  }

  @Test
  @DisplayName("Art 16: 2024 春节 — make-up Sundays 2/4 and 2/18 are on, 2/10–2/17 are off")
  void springFestival2024() {
    assertThat(calendar.lastDayOf(date("2024-02-02"), 5)).isEqualTo("2024-02-07");
    assertThat(calendar.lastDayOf(date("2024-02-09"), 2)).isEqualTo("2024-02-18");
  }

  @Test
  @DisplayName("Art 16: a period crossing into 2027 (notice not published) is an error naming 2027")
  void crossingIntoUnpublishedYear() {
    assertThatThrownBy(() -> calendar.lastDayOf(date("2026-12-28"), 5))
        .isInstanceOf(CalendarYearNotPublishedException.class)
        .hasMessage("2027年节假日安排尚未发布（calendar year 2027 is not published）："
            + "请把 2027.json 放入日历目录后重试");
  }

  @Test
  @DisplayName("Art 33: a period that must be fixed the day it starts (the renewal's material) counts Monday to Friday"
      + " in a year not published yet, and the published year's holidays as published")
  void weekdaysWhereTheYearIsNotPublished() {
    // 12/28–12/31 2026 are days 1–4; 2027 is unpublished: 1/1 (元旦, a Friday) is off, 1/4–1/6 days 5–7
    assertThat(calendar.lastDayOfOrWeekdays(date("2026-12-28"), 7)).isEqualTo("2027-01-06");
    // in a published year the same as lastDayOf (国庆 as published)
    assertThat(calendar.lastDayOfOrWeekdays(date("2026-09-30"), 2)).isEqualTo(calendar.lastDayOf(date("2026-09-30"), 2));
    // this year's missing notice is an error, never a guess (2023 has no data)
    ClockUtil.setCurrentTime(java.util.Date.from(date("2023-06-01").atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant()));
    assertThatThrownBy(() -> calendar.lastDayOfOrWeekdays(date("2023-06-01"), 3))
        .isInstanceOf(CalendarYearNotPublishedException.class).hasMessageStartingWith("2023年节假日安排尚未发布");
  }

  @Test
  @DisplayName("Art 16: a year with no data at all (2023) is an error naming it, never a Mon–Fri guess")
  void unknownYear() {
    assertThatThrownBy(() -> calendar.isWorkingDay(date("2023-06-01")))
        .isInstanceOf(CalendarYearNotPublishedException.class)
        .hasMessageStartingWith("2023年节假日安排尚未发布");
  }

  @Test
  @DisplayName("Art 16: dropping a published 2027.json into the folder makes the same calendar work")
  void droppedInYearIsPickedUpWithoutRestart() throws Exception {
    assertThatThrownBy(() -> calendar.lastDayOf(date("2026-12-28"), 5))
        .isInstanceOf(CalendarYearNotPublishedException.class);

    Files.writeString(folder.resolve("2027.json"), PUBLISHED_2027);

    // 12/28–12/31 are days 1–4; 1/1 is 元旦 and 1/2–1/3 a weekend
    assertThat(calendar.lastDayOf(date("2026-12-28"), 5)).isEqualTo("2027-01-04");
  }

  @Test
  @DisplayName("Art 16: a dropped-in file whose papers are empty still counts as not published")
  void droppedInUnpublishedYear() throws Exception {
    Files.writeString(folder.resolve("2027.json"),
        "{ \"year\": 2027, \"papers\": [], \"days\": [] }");

    assertThatThrownBy(() -> calendar.isWorkingDay(date("2027-03-01")))
        .isInstanceOf(CalendarYearNotPublishedException.class);
  }

  @Test
  @DisplayName("Art 16: a file in the folder overrides the bundled file of that year")
  void folderOverridesBundledYear() throws Exception {
    Files.writeString(folder.resolve("2026.json"), """
        { "year": 2026, "papers": ["https://www.gov.cn/example-correction"],
          "days": [ { "name": "测试", "date": "2026-03-09", "isOffDay": true } ] }
        """);

    assertThat(calendar.isWorkingDay(date("2026-03-09"))).isFalse();
    assertThat(calendar.isWorkingDay(date("2026-10-01"))).isTrue();
  }

  @Test
  @DisplayName("Art 16: a malformed calendar file is an error naming the file")
  void malformedFile() throws Exception {
    Path file = folder.resolve("2027.json");
    Files.writeString(file, "{ \"year\": 2027, \"papers\": [");

    assertThatThrownBy(() -> calendar.isWorkingDay(date("2027-03-01")))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining(file.toAbsolutePath().toString())
        .hasMessageContaining("JSON");
  }

  @Test
  @DisplayName("Art 16: a calendar file for another year than its name is an error naming the file")
  void fileForWrongYear() throws Exception {
    Files.writeString(folder.resolve("2027.json"), PUBLISHED_2027.replace("2027", "2028"));

    assertThatThrownBy(() -> calendar.isWorkingDay(date("2027-03-01")))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining("2027.json")
        .hasMessageContaining("year must be 2027");
  }

  @Test
  @DisplayName("Art 16: a listed day without isOffDay is an error naming the file and the entry")
  void dayWithoutOffFlag() throws Exception {
    Files.writeString(folder.resolve("2027.json"),
        PUBLISHED_2027.replace(", \"isOffDay\": true", ""));

    assertThatThrownBy(() -> calendar.isWorkingDay(date("2027-03-01")))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining("2027.json")
        .hasMessageContaining("days[0].isOffDay");
  }

  @Test
  @DisplayName("Art 16: a corrected file is picked up by the next retry after a malformed one")
  void fixedFileAfterMalformed() throws Exception {
    Path file = folder.resolve("2027.json");
    Files.writeString(file, "not json");
    assertThatThrownBy(() -> calendar.isWorkingDay(date("2027-01-01")))
        .isInstanceOf(CalendarDataException.class);

    Files.writeString(file, PUBLISHED_2027);

    assertThat(calendar.isWorkingDay(date("2027-01-01"))).isFalse();
  }

  @Test
  @DisplayName("Art 16: a period must have at least 1 working day")
  void daysMustBePositive() {
    assertThatThrownBy(() -> calendar.lastDayOf(date("2026-03-09"), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("days must be at least 1");
    assertThatThrownBy(() -> calendar.lastDayOf(date("2026-03-09"), -5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("Art 17: endOf is the start of the day after the last day, Beijing time")
  void endOfIsStartOfNextDayInZone() {
    Date expected = Date.from(OffsetDateTime.parse("2026-10-10T00:00+08:00").toInstant());

    assertThat(calendar.endOf(date("2026-09-28"), 5)).isEqualTo(expected);
    assertThat(calendar.endOf("2026-09-28", 5)).isEqualTo(expected);
    assertThat(calendar.endOf(Date.from(OffsetDateTime.parse("2026-09-28T09:30+08:00")
        .toInstant()), 5)).isEqualTo(expected);
  }

  @Test
  @DisplayName("Art 17: endOf reads an ISO date-time in Beijing time (UTC evening = next day)")
  void endOfReadsDateTimeInZone() {
    // 2026-09-27T20:00Z is 9/28 04:00 in Beijing: day 1 is 9/28
    assertThat(calendar.endOf("2026-09-27T20:00:00Z", 5))
        .isEqualTo(Date.from(OffsetDateTime.parse("2026-10-10T00:00+08:00").toInstant()));
    assertThat(calendar.endOf("2026-09-28T23:59:00", 1))
        .isEqualTo(Date.from(OffsetDateTime.parse("2026-09-29T00:00+08:00").toInstant()));
  }

  @Test
  @DisplayName("Art 17: endOf(null, n) starts today by Camunda's clock, so tests can move it")
  void endOfFromTodayFollowsCamundaClock() {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-09-25T10:00+08:00")
        .toInstant()));

    // 9/25 is 中秋: day 1 is Monday 9/28
    assertThat(calendar.endOf(null, 5))
        .isEqualTo(Date.from(OffsetDateTime.parse("2026-10-10T00:00+08:00").toInstant()));
  }

  @Test
  @DisplayName("Art 17: endOf refuses a start it cannot read, naming it")
  void endOfRefusesUnreadableStart() {
    assertThatThrownBy(() -> calendar.endOf("28.09.2026", 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("28.09.2026");
    assertThatThrownBy(() -> calendar.endOf(42L, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Long");
  }
}
