package org.qualityaward.publicity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.qualityaward.forms.ContactDetails;

/**
 * Body of {@code POST /api/publicities/{id}/objections}. Art 21 objections are filed under a real
 * name with a contact ({@link ContactDetails}: a mainland mobile number, a landline or an e-mail address).
 */
public record ObjectionRequest(
    @NotBlank(message = "请填写异议人真实姓名或单位名称")
    @Size(min = 2, max = 50, message = "异议人姓名或单位名称应为2至50个字")
    String objectorName,

    @ContactDetails
    String contact,

    @NotNull(message = "请指明被异议对象（申报编号）")
    Long applicationId,

    @NotBlank(message = "请填写异议理由")
    @Size(min = 10, max = 2000, message = "异议理由应为10至2000个字")
    String grounds) {
}
