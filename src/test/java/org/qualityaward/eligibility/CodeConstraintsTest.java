package org.qualityaward.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CodeConstraintsTest {

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  private static Map<String, String> violations(Object bean) {
    return VALIDATOR.validate(bean).stream()
        .collect(
            Collectors.toMap(
                v -> v.getPropertyPath().toString(),
                ConstraintViolation::getMessage,
                (a, b) -> a + " | " + b));
  }

  @Test
  @DisplayName("@UnifiedSocialCreditCode reports the wrong character as the field's message")
  void creditCodeMessage() {
    var org =
        new OrganizationProfile(
            "保定某精密机械有限公司", "91130602MA0E12342C", LocalDate.of(2014, 6, 1),
            "保定市竞秀区市场监督管理局", "河北省保定市竞秀区朝阳北大街 1 号", "9113060$MA0E12342B", "C34", true, "张三");
    Map<String, String> problems = violations(org);
    assertThat(problems).containsOnlyKeys("creditCode", "groupCreditCode");
    assertThat(problems.get("creditCode")).startsWith("第18位校验码应为 B，实际为 C");
    // user input is quoted literally, never interpreted as a message expression
    assertThat(problems.get("groupCreditCode")).startsWith("第8位字符“$”不合法");
  }

  @Test
  @DisplayName("@ValidResidentId reports the wrong character as the field's message")
  void residentIdMessage() {
    var person =
        new IndividualProfile(
            "李四", "11010519491231002Y", "91130602MA0E12342B", LocalDate.of(2015, 9, 1), false, "C34");
    assertThat(violations(person))
        .containsExactly(Map.entry("idNumber", "第18位字符“Y”应为数字或 X（digit or X expected）"));
  }

  @Test
  @DisplayName("Art 10: an individual's employer's industry is required and a GB/T 4754 code, checked as an organisation's")
  void employerIndustry() {
    assertThat(violations(person(null))).containsOnlyKeys("employerIndustry");
    assertThat(violations(person("制造业")))
        .containsExactly(Map.entry("employerIndustry", "应为国民经济行业分类代码（GB/T 4754），如 C34"));
    assertThat(violations(person("C3411"))).isEmpty();
  }

  private static IndividualProfile person(String employerIndustry) {
    return new IndividualProfile(
        "李四", "11010519491231002X", "91130602MA0E12342B", LocalDate.of(2015, 9, 1), false, employerIndustry);
  }

  @Test
  @DisplayName("A complete, valid application has no violations; missing values are all listed")
  void wholeInput() {
    var valid =
        new EligibilityInput(
            null, 1L, LocalDate.of(2027, 3, 31), LocalDate.of(2027, 3, 20), ApplicationKind.ORGANIZATION,
            new OrganizationProfile(
                "保定某精密机械有限公司", "91130602MA0E12342B", LocalDate.of(2014, 6, 1),
                "保定市竞秀区市场监督管理局", "河北省保定市竞秀区朝阳北大街 1 号", null, "C34", true, "张三"),
            null,
            new Declarations(true, null, null),
            List.of(new EvidenceMark("自评报告.pdf", false)));
    assertThat(violations(valid)).isEmpty();

    var incomplete =
        new EligibilityInput(
            null, null, null, null, null,
            new OrganizationProfile(" ", "", null, null, " ", "", "制造业", null, null),
            null,
            new Declarations(
                null, List.of(new CreditRecord(null, LocalDate.of(2999, 1, 1), null)), null),
            List.of(new EvidenceMark("a.pdf", null)));
    assertThat(violations(incomplete))
        .containsOnlyKeys(
            "editionId", "editionDeadline", "appliedOn", "kind", "organization.name",
            "organization.creditCode", "organization.registeredOn", "organization.registrationAuthority",
            "organization.registeredAddress", "organization.industry",
            "organization.chiefQualityOfficer", "declarations.noStateSecrets",
            "declarations.creditRecords[0].type", "declarations.creditRecords[0].date",
            "evidence[0].tradeSecret");
  }
}
