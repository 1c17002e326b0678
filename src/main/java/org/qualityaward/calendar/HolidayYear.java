package org.qualityaward.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * One year of the holiday-cn dataset: {@code days} lists statutory days off ({@code isOffDay}
 * true) and make-up working days (调休上班, false); every other date follows the weekend rule.
 * A year whose {@code papers} (the State Council notices) is empty is not published yet.
 */
record HolidayYear(int year, boolean published, Map<LocalDate, Boolean> offByListedDate,
    String source) {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  boolean isWorkingDay(LocalDate date) {
    Boolean off = offByListedDate.get(date);
    if (off != null) {
      return !off;
    }
    return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /** Reads {@code <year>.json}; {@code source} names the file in every error. */
  static HolidayYear parse(int expectedYear, String source, InputStream in) {
    JsonNode root;
    try {
      root = JSON.readTree(in);
    } catch (IOException e) {
      throw new CalendarDataException(source, "不是有效的 JSON（invalid JSON）: "
          + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw invalid(source, "内容应为 JSON 对象（expected a JSON object）");
    }
    JsonNode year = root.get("year");
    if (year == null || !year.isIntegralNumber() || year.asInt() != expectedYear) {
      throw invalid(source, "year 应为 " + expectedYear + "，与文件名一致（year must be "
          + expectedYear + " as in the file name）");
    }
    JsonNode papers = root.get("papers");
    if (papers == null || !papers.isArray()) {
      throw invalid(source, "缺少数组 papers（missing array papers）");
    }
    JsonNode days = root.get("days");
    if (days == null || !days.isArray()) {
      throw invalid(source, "缺少数组 days（missing array days）");
    }
    Map<LocalDate, Boolean> listed = new HashMap<>();
    for (int i = 0; i < days.size(); i++) {
      JsonNode day = days.get(i);
      String at = "days[" + i + "]";
      LocalDate date;
      try {
        date = LocalDate.parse(day.path("date").asText());
      } catch (DateTimeParseException e) {
        throw invalid(source, at + ".date 不是 YYYY-MM-DD 日期（not a YYYY-MM-DD date）");
      }
      if (date.getYear() != expectedYear) {
        throw invalid(source, at + ".date " + date + " 不在 " + expectedYear + " 年（not in "
            + expectedYear + "）");
      }
      JsonNode off = day.get("isOffDay");
      if (off == null || !off.isBoolean()) {
        throw invalid(source, at + ".isOffDay 应为 true 或 false（must be a boolean）");
      }
      if (listed.put(date, off.asBoolean()) != null) {
        throw invalid(source, at + ".date " + date + " 重复（listed twice）");
      }
    }
    return new HolidayYear(expectedYear, !papers.isEmpty(), Map.copyOf(listed), source);
  }

  private static CalendarDataException invalid(String source, String reason) {
    return new CalendarDataException(source, reason, null);
  }
}
