package org.qualityaward.publicity.web;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.qualityaward.publicity.objection.ObjectionRefusedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * RFC 9457 problems for the publicity API only (scoped to this package, ordered before Boot's
 * global problem-details handler). Field problems are listed in {@code errors: [{field, message}]}.
 */
@RestControllerAdvice(basePackageClasses = PublicityController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PublicityApiExceptionHandler {

  /** One problem with one field of the request. */
  public record FieldProblem(String field, String message) {
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail invalid(MethodArgumentNotValidException e) {
    List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
        .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage()))
        .distinct()
        .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
        .toList();
    return badRequest(errors);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
      String field = m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining("."));
      return badRequest(List.of(new FieldProblem(field, "格式不正确（" + m.getTargetType().getSimpleName() + " expected）")));
    }
    if (e.getCause() == null) {
      return badRequest(List.of(new FieldProblem("body", "请求体不能为空（request body is required）")));
    }
    return badRequest(List.of(new FieldProblem("body", "请求体不是有效的 JSON（malformed JSON）")));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    return badRequest(List.of(new FieldProblem(e.getName(), "格式不正确：" + e.getValue())));
  }

  @ExceptionHandler(ObjectionRefusedException.class)
  ProblemDetail refused(ObjectionRefusedException e) {
    return switch (e.reason()) {
      case PUBLICITY_NOT_FOUND -> problem(HttpStatus.NOT_FOUND, "公示不存在", e.getMessage());
      case OBJECTION_NOT_FOUND -> problem(HttpStatus.NOT_FOUND, "异议不存在", e.getMessage());
      case OUTSIDE_PERIOD -> problem(HttpStatus.CONFLICT, "不在公示期内", e.getMessage());
      case CANDIDATE_NOT_IN_PUBLICITY -> {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_ENTITY, "被异议对象不在公示名单中", e.getMessage());
        p.setProperty("errors", List.of(new FieldProblem("applicationId", e.getMessage())));
        yield p;
      }
    };
  }

  @ExceptionHandler(MismatchingMessageCorrelationException.class)
  ProblemDetail notRunning(MismatchingMessageCorrelationException e) {
    return problem(HttpStatus.CONFLICT, "公示流程未运行",
        "该公示的流程尚未启动或已结束，暂不能受理异议（no running publicity process: " + e.getMessage() + "）");
  }

  /** Timer ended the period at the same moment, or two first objections of a year raced for the counter. */
  @ExceptionHandler({OptimisticLockingFailureException.class, OptimisticLockingException.class,
      DataIntegrityViolationException.class})
  ProblemDetail concurrent(RuntimeException e) {
    return problem(HttpStatus.CONFLICT, "并发冲突", "公示状态刚刚发生变化，请刷新后重试（concurrent update, retry）");
  }

  private static ProblemDetail badRequest(List<FieldProblem> errors) {
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "请求内容有误", errors.size() + " 处内容有误，请修改后重新提交");
    p.setProperty("errors", errors);
    return p;
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(title);
    p.setType(URI.create("about:blank"));
    return p;
  }
}
