package org.qualityaward.calendar;

/** A calendar year file cannot be used; the message names the file so the office can fix it. */
public class CalendarDataException extends RuntimeException {

  public CalendarDataException(String source, String reason, Throwable cause) {
    super("日历文件 " + source + " 无法使用（calendar file " + source + " is unusable）：" + reason,
        cause);
  }
}
