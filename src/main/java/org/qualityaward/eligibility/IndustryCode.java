package org.qualityaward.eligibility;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A GB/T 4754 industry code: section letter, optionally 2–4 digits (C, C34, C341, C3411) — an
 * organisation's own or an individual's employer's (Art 10: the panel's industry expert). Null
 * passes: combine with {@code @NotBlank} where the code is required.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "[A-T](\\d{2}(\\d{1,2})?)?")
@ReportAsSingleViolation
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@interface IndustryCode {

  String message() default "应为国民经济行业分类代码（GB/T 4754），如 C34";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
