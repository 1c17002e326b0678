package org.qualityaward.web;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.qualityaward.calendar.CalendarDataException;
import org.qualityaward.calendar.CalendarYearNotPublishedException;
import org.qualityaward.forms.FormRefusedException;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InadmissibleException;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.kernel.NotAllowedException;
import org.qualityaward.kernel.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The one place refusals become HTTP: RFC 9457 problems for every feature API. 400 lists every field
 * problem under {@code errors}, input the rules do not admit is 422 (with {@code errors} too), unknown
 * references are 404, a caller without the right to a record 403, contradictions with stored data or
 * a concurrent change 409. The notice board's pages answer their own refusals as pages.
 */
// ahead of Boot's generic problem handler, which lists no fields; behind the manager pages' ManagerPageNotFound
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@RestControllerAdvice(basePackages = {"org.qualityaward.edition", "org.qualityaward.application",
    "org.qualityaward.recommender", "org.qualityaward.review", "org.qualityaward.expert",
    "org.qualityaward.honour", "org.qualityaward.complaint", "org.qualityaward.revocation",
    "org.qualityaward.publicity", "org.qualityaward.calendar", "org.qualityaward.feedback", "org.qualityaward.demo",
    "org.qualityaward.evaluation"})
class ApiExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalid(InvalidInputException e) {
    return badRequest(e.problems());
  }

  @ExceptionHandler(InadmissibleException.class)
  ProblemDetail inadmissible(InadmissibleException e) {
    ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "不予受理", e.getMessage());
    problem.setProperty("errors", e.problems());
    return problem;
  }

  /** A task completion our own API made, refused by the form's rules or the model's listeners. */
  @ExceptionHandler(FormRefusedException.class)
  ProblemDetail invalid(FormRefusedException e) {
    return badRequest(e.problems());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail invalid(MethodArgumentNotValidException e) {
    List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
        .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage()))
        .distinct()
        .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
        .toList();
    return badRequest(problems);
  }

  /** A value of the wrong type names its field ({@code organization.registeredOn}); broken JSON names the body. */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
      String field = m.getPath().stream()
          .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
      return badRequest(List.of(new FieldProblem(field,
          "格式不正确（应为 " + m.getTargetType().getSimpleName() + "）：" + rootMessage(e))));
    }
    return badRequest(List.of(new FieldProblem("body", "请求内容不是有效的 JSON：" + rootMessage(e))));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
    return badRequest(List.of(new FieldProblem(e.getName(), "格式不正确：" + e.getValue())));
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "记录不存在", e.getMessage());
  }

  @ExceptionHandler(NotAllowedException.class)
  ProblemDetail forbidden(NotAllowedException e) {
    return problem(HttpStatus.FORBIDDEN, "无权访问", e.getMessage());
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ProblemDetail missingPart(MissingServletRequestPartException e) {
    return badRequest(List.of(new FieldProblem(e.getRequestPartName(), "必须上传文件")));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missingParameter(MissingServletRequestParameterException e) {
    return badRequest(List.of(new FieldProblem(e.getParameterName(), "必须填写")));
  }

  @ExceptionHandler(TooManySubmissionsException.class)
  ResponseEntity<ProblemDetail> tooMany(TooManySubmissionsException e) {
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()))
        .body(problem(HttpStatus.TOO_MANY_REQUESTS, "提交过于频繁", e.getMessage()));
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return problem(HttpStatus.CONFLICT, "与已有记录冲突", e.getMessage());
  }

  /** A stale version, two completions racing, or a unique key taken by a request at the same moment. */
  @ExceptionHandler({OptimisticLockingFailureException.class, OptimisticLockingException.class,
      DataIntegrityViolationException.class})
  ProblemDetail concurrentEdit(RuntimeException e) {
    return problem(HttpStatus.CONFLICT, "并发修改", "该记录刚被他人修改，请刷新后重试（concurrent modification）");
  }

  /** A message to a process that has not started or has already ended (e.g. an objection to an ended publicity). */
  @ExceptionHandler(MismatchingMessageCorrelationException.class)
  ProblemDetail notRunning(MismatchingMessageCorrelationException e) {
    return problem(HttpStatus.CONFLICT, "流程未运行",
        "相关流程尚未启动或已结束，暂不能受理（no running process: " + e.getMessage() + "）");
  }

  @ExceptionHandler(CalendarYearNotPublishedException.class)
  ProblemDetail notPublished(CalendarYearNotPublishedException e) {
    ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY,
        "节假日安排尚未发布（calendar year not published）", e.getMessage());
    problem.setProperty("year", e.getYear());
    return problem;
  }

  // The public answer does not reveal server paths; the log names the file for the office.
  @ExceptionHandler(CalendarDataException.class)
  ProblemDetail unusableCalendar(CalendarDataException e) {
    log.error(e.getMessage(), e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "日历数据无法使用（calendar data unusable）",
        "日历数据文件有误，已记录日志，请联系市质强办（a calendar data file is unusable; see the server log）");
  }

  /** 400 with every field problem under {@code errors}; the detail names the fields. */
  /** 400 with each problem under {@code errors}; also {@link UploadTooLarge}'s. */
  static ProblemDetail badRequest(List<FieldProblem> problems) {
    String fields = problems.stream().map(FieldProblem::field).distinct().collect(Collectors.joining("、"));
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "请求内容有误",
        "共 " + problems.size() + " 处问题（" + fields + "），详见 errors");
    problem.setProperty("errors", problems);
    return problem;
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(URI.create("about:blank"));
    return problem;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse("");
  }
}
