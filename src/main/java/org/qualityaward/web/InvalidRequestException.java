package org.qualityaward.web;

import java.util.List;

/** A request refused as a whole because of the listed problems; nothing of it is stored. */
public class InvalidRequestException extends RuntimeException {

  private final List<FieldProblem> problems;

  public InvalidRequestException(List<FieldProblem> problems) {
    super(summary(problems));
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
