package org.qualityaward.publicity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/publicities/{id}/objections}. Art 21 objections are filed under a real
 * name with a contact: a mainland mobile number, a landline or an e-mail address.
 */
public record ObjectionRequest(
    @NotBlank(message = "请填写异议人真实姓名")
    @Size(min = 2, max = 50, message = "异议人姓名应为2至50个字")
    String objectorName,

    @NotBlank(message = "请填写联系方式（手机号、固定电话或电子邮箱）")
    @Pattern(regexp = CONTACT, message = "联系方式应为手机号（1[3-9]开头的11位数字）、固定电话（如0312-1234567）或电子邮箱")
    String contact,

    @NotNull(message = "请填写被异议的申报编号（applicationId）")
    Long applicationId,

    @NotBlank(message = "请填写异议理由")
    @Size(min = 10, max = 2000, message = "异议理由应为10至2000个字")
    String grounds) {

  /** Mobile 1[3-9]xxxxxxxxx, landline [0AAA-]NNNNNNN[N][-ext], or e-mail. */
  static final String CONTACT = "^\\s*(1[3-9]\\d{9}"
      + "|(0\\d{2,3}-?)?[2-9]\\d{6,7}(-\\d{1,6})?"
      + "|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})\\s*$";
}
