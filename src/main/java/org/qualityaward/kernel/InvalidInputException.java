package org.qualityaward.kernel;

import java.util.List;

/** Input refused as a whole because of the listed problems; nothing of it is stored. */
public class InvalidInputException extends RuntimeException {

  private final List<FieldProblem> problems;

  public InvalidInputException(List<FieldProblem> problems) {
    this(summary(problems), problems);
  }

  protected InvalidInputException(String message, List<FieldProblem> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  private static String summary(List<FieldProblem> problems) {
    StringBuilder text = new StringBuilder("填写内容有误：");
    problems.forEach(p -> text.append("\n").append(p.field()).append("：").append(p.message()));
    return text.toString();
  }
}
