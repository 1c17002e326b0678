package org.qualityaward.publicity;

import java.time.LocalDate;
import org.qualityaward.calendar.WorkingDayCalendar;

/**
 * {@code qa.publicity.first-day}: which day is the first of "公示期不少于5个工作日" (Art 16, 17, 18, 21).
 * A day that is not a working day (weekend, holiday) never counts, so a list published on a holiday
 * starts on the next working day in both readings.
 */
enum PublicityFirstDay {

  /**
   * The default: the first working day after the day of publication (民法典第二百零一条: a period
   * counted in days starts the next day), so a list published in the afternoon still runs N full
   * working days, as the task deadlines count.
   */
  NEXT_WORKING_DAY,

  /** The day of publication counts as day 1 when it is a working day, however late it is published. */
  PUBLICATION_DAY;

  /** The first and last day of a period, both counted in full in the award's zone. */
  record Period(LocalDate firstDay, LocalDate lastDay) {}

  /** The period of {@code days} working days of a list published on {@code publishedOn}. */
  Period period(LocalDate publishedOn, int days, WorkingDayCalendar calendar) {
    LocalDate countFrom = this == NEXT_WORKING_DAY ? publishedOn.plusDays(1) : publishedOn;
    return new Period(calendar.lastDayOf(countFrom, 1), calendar.lastDayOf(countFrom, days));
  }
}
