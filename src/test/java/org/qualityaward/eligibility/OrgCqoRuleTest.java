package org.qualityaward.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.eligibility.Applicant.eligible;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrgCqoRuleTest {

  private final OrgCqoRule rule = new OrgCqoRule();

  @Test
  @DisplayName("Art 11(3): a declared chief quality officer system passes and asks for the appointment document")
  void declared() {
    Finding finding = rule.check(eligible().organization());
    assertThat(finding.passed()).isTrue();
    assertThat(finding.message()).contains("首席质量官任命文件须列入证实性材料附件");
  }

  @Test
  @DisplayName("Art 11(3): no chief quality officer system is not eligible")
  void missing() {
    assertThat(rule.check(eligible().chiefQualityOfficer(false).organization()).passed()).isFalse();
    Finding undeclared = rule.check(eligible().chiefQualityOfficer(null).organization());
    assertThat(undeclared.passed()).isFalse();
    assertThat(undeclared.message()).startsWith("未声明实施首席质量官制度");
  }
}
