package org.qualityaward.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * TEMP stand-in (feature/publicity) for the working-day calendar, implementing the contract of
 * /work/PLAN.md with hard-coded 2026 data only (State Council notice for 2026); any other year
 * throws {@link CalendarYearNotPublishedException}. Replaced by feature/calendar.
 */
@Component("workingDays")
public class WorkingDayCalendar {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final int PUBLISHED_YEAR = 2026;
  private static final Set<LocalDate> OFF = dates("2026-01-01", "2026-01-02", "2026-01-03",
      "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
      "2026-02-21", "2026-02-22", "2026-02-23", "2026-04-04", "2026-04-05", "2026-04-06",
      "2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05", "2026-06-19",
      "2026-06-20", "2026-06-21", "2026-09-25", "2026-09-26", "2026-09-27", "2026-10-01",
      "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07");
  private static final Set<LocalDate> MAKE_UP = dates("2026-01-04", "2026-02-14", "2026-02-28",
      "2026-05-09", "2026-09-20", "2026-10-10");

  public boolean isWorkingDay(LocalDate day) {
    if (day.getYear() != PUBLISHED_YEAR) {
      throw new CalendarYearNotPublishedException(day.getYear());
    }
    if (MAKE_UP.contains(day)) {
      return true;
    }
    if (OFF.contains(day)) {
      return false;
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  public LocalDate lastDayOf(LocalDate from, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1");
    }
    LocalDate day = from;
    int counted = 0;
    while (true) {
      if (isWorkingDay(day) && ++counted == days) {
        return day;
      }
      day = day.plusDays(1);
    }
  }

  public Date endOf(Object from, int days) {
    LocalDate start;
    if (from instanceof LocalDate d) {
      start = d;
    } else if (from instanceof Date d) {
      start = Instant.ofEpochMilli(d.getTime()).atZone(ZONE).toLocalDate();
    } else if (from instanceof String s) {
      start = LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } else {
      throw new IllegalArgumentException("unsupported start date: " + from);
    }
    ZonedDateTime end = lastDayOf(start, days).plusDays(1).atStartOfDay(ZONE);
    return Date.from(end.toInstant());
  }

  private static Set<LocalDate> dates(String... isoDates) {
    return java.util.Arrays.stream(isoDates).map(LocalDate::parse)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }
}
