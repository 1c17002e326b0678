package org.qualityaward.forms;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The contact a real-name submission (objection Art 21, complaint Art 9(6)) must give: a mainland
 * mobile number 1[3-9]xxxxxxxxx, a landline [0AAA-]NNNNNNN[N][-ext] or an e-mail address. One rule
 * for every public form.
 */
@Documented
@Constraint(validatedBy = {})
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
@NotBlank(message = "请填写联系方式（手机号、固定电话或电子邮箱）")
@Pattern(regexp = "^\\s*(1[3-9]\\d{9}"
    + "|(0\\d{2,3}-?)?[2-9]\\d{6,7}(-\\d{1,6})?"
    + "|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})\\s*$",
    message = "联系方式应为手机号（1[3-9]开头的11位数字）、固定电话（如0312-1234567）或电子邮箱")
@Size(max = 100, message = "联系方式过长：最多100个字符")
public @interface ContactDetails {

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
