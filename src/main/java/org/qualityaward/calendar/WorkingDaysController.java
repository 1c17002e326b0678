package org.qualityaward.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/calendar/working-days?from=YYYY-MM-DD&days=N}: public, no login. */
@RestController
class WorkingDaysController {

  public record WorkingDaysAnswer(LocalDate from, int days, LocalDate lastDay) {
  }

  private final WorkingDayCalendar workingDays;

  WorkingDaysController(WorkingDayCalendar workingDays) {
    this.workingDays = workingDays;
  }

  // Parameters are read as text so that one 400 lists every bad parameter, not just the first.
  @GetMapping("/api/calendar/working-days")
  public WorkingDaysAnswer lastDay(@RequestParam(required = false) String from,
      @RequestParam(required = false) String days) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate start = parseFrom(from, problems);
    int count = parseDays(days, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new WorkingDaysAnswer(start, count, workingDays.lastDayOf(start, count));
  }

  private static LocalDate parseFrom(String from, List<FieldProblem> problems) {
    if (from == null || from.isBlank()) {
      problems.add(new FieldProblem("from", "必填，格式 YYYY-MM-DD（required, YYYY-MM-DD）"));
      return null;
    }
    try {
      return LocalDate.parse(from.trim());
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem("from",
          "不是有效日期 YYYY-MM-DD（not a valid date YYYY-MM-DD）: " + from));
      return null;
    }
  }

  private static int parseDays(String days, List<FieldProblem> problems) {
    if (days == null || days.isBlank()) {
      problems.add(new FieldProblem("days", "必填，至少为 1（required, at least 1）"));
      return 0;
    }
    try {
      int count = Integer.parseInt(days.trim());
      if (count < 1) {
        problems.add(new FieldProblem("days", "至少为 1（must be at least 1）: " + count));
      }
      return count;
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem("days", "应为整数（must be an integer）: " + days));
      return 0;
    }
  }
}
