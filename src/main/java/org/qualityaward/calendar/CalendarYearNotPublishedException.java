package org.qualityaward.calendar;

/**
 * TEMP stand-in (feature/publicity) for the calendar feature's exception; replaced by feature/calendar.
 * A date falls in a year whose State Council holiday notice is not loaded.
 */
public class CalendarYearNotPublishedException extends RuntimeException {

  private final int year;

  public CalendarYearNotPublishedException(int year) {
    super(year + "年节假日安排尚未发布（calendar year " + year + " is not published）：请把 "
        + year + ".json 放入日历目录后重试");
    this.year = year;
  }

  public int getYear() {
    return year;
  }
}
