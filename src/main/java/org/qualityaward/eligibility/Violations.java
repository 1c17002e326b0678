package org.qualityaward.eligibility;

import jakarta.validation.ConstraintValidatorContext;

/** Reports a {@link CodeCheck} as the constraint's message instead of the generic default. */
final class Violations {

  private Violations() {}

  static boolean report(CodeCheck check, ConstraintValidatorContext context) {
    if (check.valid()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    // The message quotes user input, which must not be read as a template expression.
    String literal = check.message().replaceAll("([\\\\{}$])", "\\\\$1");
    context.buildConstraintViolationWithTemplate(literal).addConstraintViolation();
    return false;
  }
}
