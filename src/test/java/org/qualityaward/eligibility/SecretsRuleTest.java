package org.qualityaward.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.eligibility.Applicant.eligible;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SecretsRuleTest {

  private final SecretsRule rule = new SecretsRule();

  @Test
  @DisplayName("Art 16: no state secrets declared and every attachment marked passes, naming the trade-secret ones")
  void marked() {
    Finding finding = rule.check(eligible().evidence("工艺文件.pdf", true).organization());
    assertThat(finding.passed()).isTrue();
    assertThat(finding.message()).isEqualTo("已声明不涉及国家安全、国家秘密；2 份附件均已注明商业秘密标记，涉及商业秘密的：工艺文件.pdf");
  }

  @Test
  @DisplayName("Art 16: materials declared as touching state secrets are refused")
  void stateSecrets() {
    Finding finding = rule.check(eligible().noStateSecrets(false).individual());
    assertThat(finding.passed()).isFalse();
    assertThat(finding.message()).contains("声明涉及国家安全或国家秘密");
    assertThat(rule.check(eligible().noStateSecrets(null).individual()).message())
        .contains("未声明申报材料是否涉及国家安全、国家秘密");
  }

  @Test
  @DisplayName("Art 16: an attachment without an explicit trade-secret mark fails and is named")
  void unmarkedAttachment() {
    Finding finding =
        rule.check(eligible().evidence("财务报表.xlsx", null).evidence("证书.pdf", false).organization());
    assertThat(finding.passed()).isFalse();
    assertThat(finding.message()).isEqualTo("以下附件未注明是否涉及商业秘密：财务报表.xlsx");
  }
}
