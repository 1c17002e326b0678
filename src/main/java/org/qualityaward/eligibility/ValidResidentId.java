package org.qualityaward.eligibility;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A valid resident identity number ({@link ResidentIdNumber}); the violation message names the
 * wrong character. Null and blank pass: combine with {@code @NotBlank} where it is required.
 */
@Documented
@Constraint(validatedBy = ValidResidentId.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@interface ValidResidentId {

  String message() default "公民身份号码无效";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<ValidResidentId, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null
          || value.isBlank()
          || Violations.report(ResidentIdNumber.check(value), context);
    }
  }
}
