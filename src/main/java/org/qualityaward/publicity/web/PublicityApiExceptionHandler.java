package org.qualityaward.publicity.web;

import static org.qualityaward.web.ApiExceptionHandler.problem;

import java.util.List;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.publicity.objection.ObjectionRefusedException;
import org.qualityaward.web.ApiExceptionHandler;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The publicity API's own refusals as RFC 9457 problems; invalid fields, unreadable bodies and the
 * like are answered by {@link ApiExceptionHandler}, which this advice is consulted before.
 */
@RestControllerAdvice(assignableTypes = PublicityController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PublicityApiExceptionHandler {

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
}
