package org.qualityaward.kernel;

import java.util.List;

/**
 * Well-formed input the rules do not admit (不予受理), e.g. an objection to an application that is
 * not on the publicity's list: the message says why, the field is the one to change.
 */
public class InadmissibleException extends InvalidInputException {

  public InadmissibleException(String field, String message) {
    super(message, List.of(new FieldProblem(field, message)));
  }
}
