package org.qualityaward.calendar;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Objects;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Chinese working-day calendar for "不少于5个工作日" (Art 16, 17, 18, 21), exposed to BPMN
 * expressions as {@code workingDays}, e.g. {@code timeDate="${workingDays.endOf(startDate, 5)}"}.
 * Plain Java apart from the annotations, so the rules are tested without Spring.
 */
@Component("workingDays")
public class WorkingDayCalendar {

  private final HolidayYears years;
  private final ZoneId zone;

  public WorkingDayCalendar(@Value("${qa.calendar.folder:./calendar}") String folder,
      @Value("${qa.calendar.zone:Asia/Shanghai}") String zone) {
    this.years = new HolidayYears(Path.of(folder));
    this.zone = ZoneId.of(zone);
  }

  /**
   * The application's one clock: now by Camunda's clock in the award's zone, so tests that move
   * {@code ClockUtil} move every service with the engine.
   */
  public LocalDateTime now() {
    return timeOf(ClockUtil.getCurrentTime());
  }

  /** An engine timestamp (a task's creation, a timer's due date) in the award's zone. */
  public LocalDateTime timeOf(Date instant) {
    return LocalDateTime.ofInstant(Instant.ofEpochMilli(instant.getTime()), zone);
  }

  public LocalDate today() {
    return now().toLocalDate();
  }

  /** The instant a calendar day begins in the award's zone (a timer date). */
  public Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(zone).toInstant());
  }

  /** Weekends and listed holidays are off, listed make-up days (调休上班) are on. */
  public boolean isWorkingDay(LocalDate date) {
    return years.get(date.getYear()).isWorkingDay(date);
  }

  /**
   * The Nth working day of a period starting on {@code from}: {@code from} itself is day 1 if
   * it is a working day, otherwise day 1 is the next working day.
   */
  public LocalDate lastDayOf(LocalDate from, int days) {
    return lastDayOf(from, days, this::isWorkingDay);
  }

  /**
   * As {@link #lastDayOf}, where a day of a <em>later</em> year whose holiday notice is not published yet counts as a
   * working day from Monday to Friday but 1 January (元旦, off every year): for a period that must be fixed the day it
   * starts, however far it reaches (the notice for next year usually comes out in November). This year's missing
   * notice is still an error, as everywhere.
   */
  public LocalDate lastDayOfOrWeekdays(LocalDate from, int days) {
    int thisYear = today().getYear();
    return lastDayOf(from, days, day -> {
      try {
        return isWorkingDay(day);
      } catch (CalendarYearNotPublishedException notYet) {
        if (notYet.getYear() <= thisYear) {
          throw notYet;
        }
        return day.getDayOfWeek().getValue() <= 5 && day.getDayOfYear() != 1;
      }
    });
  }

  private static LocalDate lastDayOf(LocalDate from, int days, Predicate<LocalDate> working) {
    Objects.requireNonNull(from, "from");
    if (days < 1) {
      throw new IllegalArgumentException(
          "工作日天数至少为 1（days must be at least 1）: " + days);
    }
    LocalDate day = from.minusDays(1);
    for (int counted = 0; counted < days; ) {
      day = day.plusDays(1);
      if (working.test(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * For timers: the instant the period is over, i.e. the start of the day after
   * {@link #lastDayOf} in the configured zone. {@code from} is a {@link Date}, {@link LocalDate}
   * or ISO-8601 string (date, or date-time read in the configured zone); {@code null} means
   * today by Camunda's clock, so tests that move {@code ClockUtil} move it too.
   */
  public Date endOf(Object from, int days) {
    LocalDate last = lastDayOf(toLocalDate(from), days);
    return startOf(last.plusDays(1));
  }

  private LocalDate toLocalDate(Object from) {
    if (from == null) {
      return today();
    }
    if (from instanceof LocalDate date) {
      return date;
    }
    if (from instanceof Date date) {
      // getTime(), not toInstant(): java.sql.Date refuses toInstant()
      return LocalDate.ofInstant(Instant.ofEpochMilli(date.getTime()), zone);
    }
    if (from instanceof String text) {
      return parse(text.trim());
    }
    throw new IllegalArgumentException("起始日期应为 Date、LocalDate 或 ISO 字符串（from must be a "
        + "Date, LocalDate or ISO string）: " + from.getClass().getName());
  }

  private LocalDate parse(String text) {
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text);
      }
      TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME
          .parseBest(text, ZonedDateTime::from, LocalDateTime::from);
      return parsed instanceof ZonedDateTime zoned
          ? zoned.withZoneSameInstant(zone).toLocalDate()
          : LocalDate.from(parsed);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "起始日期不是 ISO-8601 格式（from is not ISO-8601）: " + text, e);
    }
  }
}
