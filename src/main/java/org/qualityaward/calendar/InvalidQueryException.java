package org.qualityaward.calendar;

import java.util.List;

/** Every problem of a calendar query at once, each naming its parameter. */
class InvalidQueryException extends RuntimeException {

  record FieldProblem(String field, String message) {
  }

  private final List<FieldProblem> problems;

  InvalidQueryException(List<FieldProblem> problems) {
    super("请求参数无效（invalid query parameters）: " + String.join(", ",
        problems.stream().map(FieldProblem::field).toList()));
    this.problems = List.copyOf(problems);
  }

  List<FieldProblem> problems() {
    return problems;
  }
}
