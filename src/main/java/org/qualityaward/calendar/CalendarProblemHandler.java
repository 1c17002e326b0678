package org.qualityaward.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problems for the calendar endpoint only. Highest precedence is safe because the
 * advice is scoped to this package, and keeps a broader global handler from answering first.
 * Deliberately not a ResponseEntityExceptionHandler: one of those would switch off Boot's
 * global ProblemDetailsExceptionHandler for every other feature.
 */
@RestControllerAdvice(basePackageClasses = WorkingDaysController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CalendarProblemHandler {

  private static final Logger log = LoggerFactory.getLogger(CalendarProblemHandler.class);

  @ExceptionHandler(InvalidQueryException.class)
  ProblemDetail invalidQuery(InvalidQueryException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        e.getMessage());
    problem.setTitle("请求参数无效（invalid query parameters）");
    problem.setProperty("errors", e.problems());
    return problem;
  }

  @ExceptionHandler(CalendarYearNotPublishedException.class)
  ProblemDetail notPublished(CalendarYearNotPublishedException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
        e.getMessage());
    problem.setTitle("节假日安排尚未发布（calendar year not published）");
    problem.setProperty("year", e.getYear());
    return problem;
  }

  // The public answer does not reveal server paths; the log names the file for the office.
  @ExceptionHandler(CalendarDataException.class)
  ProblemDetail unusableData(CalendarDataException e) {
    log.error(e.getMessage(), e);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "日历数据文件有误，已记录日志，请联系市质强办（a calendar data file is unusable; see the "
            + "server log）");
    problem.setTitle("日历数据无法使用（calendar data unusable）");
    return problem;
  }
}
