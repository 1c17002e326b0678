package org.qualityaward.forms;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;

/**
 * A task completion refused because of what was entered: the engine rolled it back, the task stays
 * open. Camunda's REST answers this type with 400; {@link FormRefusalFilter} gives the body the
 * field problems and a message without the engine's English prefix.
 */
public class FormRefusedException extends FormFieldValidationException {

  private final transient List<FieldProblem> problems;

  FormRefusedException(InvalidInputException refusal) {
    this(refusal.problems(), messageOf(refusal.problems()), refusal);
  }

  /**
   * A submission that conflicts with what is stored (intake closed, already applied): nothing to correct in it,
   * so no field problem, only the message.
   */
  FormRefusedException(ConflictException conflict) {
    this(List.of(), "提交未成功：" + conflict.getMessage() + "。", conflict);
  }

  private FormRefusedException(List<FieldProblem> problems, String message, RuntimeException cause) {
    super(problems, message, cause);
    this.problems = problems;
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  /** The person at the form reads the messages; each already names its field as the form labels it. */
  private static String messageOf(List<FieldProblem> problems) {
    return problems.stream().map(FieldProblem::message).collect(Collectors.joining("；", "提交未成功，请修改：", "。"));
  }
}
