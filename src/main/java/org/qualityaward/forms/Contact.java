package org.qualityaward.forms;

/**
 * The contact a real-name submission (objection Art 21, complaint Art 9(6)) must give: a mainland
 * mobile number, a landline or an e-mail address. Constants, so bean-validation annotations of
 * every public form use the same rule: {@code @Pattern(regexp = Contact.PATTERN, message =
 * Contact.MESSAGE)}.
 */
public final class Contact {

  /** Mobile 1[3-9]xxxxxxxxx, landline [0AAA-]NNNNNNN[N][-ext], or e-mail. */
  public static final String PATTERN = "^\\s*(1[3-9]\\d{9}"
      + "|(0\\d{2,3}-?)?[2-9]\\d{6,7}(-\\d{1,6})?"
      + "|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})\\s*$";

  public static final String MESSAGE =
      "联系方式应为手机号（1[3-9]开头的11位数字）、固定电话（如0312-1234567）或电子邮箱";

  public static final String REQUIRED = "请填写联系方式（手机号、固定电话或电子邮箱）";

  private Contact() {}

  /** For hand-written validation (the same rule as the annotation). */
  public static boolean isValid(String contact) {
    return contact != null && contact.matches(PATTERN);
  }
}
