package org.qualityaward.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.eligibility.Applicant.DEADLINE;
import static org.qualityaward.eligibility.Applicant.eligible;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IndConductRuleTest {

  private final IndConductRule rule = new IndConductRule();

  @Test
  @DisplayName("Art 12(6): an individual with a clean record passes")
  void clean() {
    Finding finding = rule.check(eligible().individual());
    assertThat(finding.passed()).isTrue();
    assertThat(finding.article()).isEqualTo("Art 12(6)");
  }

  @Test
  @DisplayName("Art 12(6): a violation of any date fails — no 5-year window for individuals")
  void oldViolation() {
    Finding finding =
        rule.check(
            eligible()
                .credit(CreditRecordType.ADMINISTRATIVE_PENALTY, LocalDate.of(2010, 1, 1))
                .individual());
    assertThat(finding.passed()).isFalse();
    assertThat(finding.message()).contains("（不限年限）：行政处罚 2010-01-01");
  }

  @Test
  @DisplayName("Art 12(6) → 11(7): a top manager whose organisation had a major accident within 5 years fails")
  void topManagerWithOrganisationAccident() {
    Finding finding =
        rule.check(
            eligible()
                .topManager(true)
                .accident(AccidentType.MAJOR_ENVIRONMENTAL_ACCIDENT, DEADLINE.minusYears(5).plusDays(1))
                .individual());
    assertThat(finding.passed()).isFalse();
    assertThat(finding.message())
        .contains("申报人为组织最高管理者，所在组织须符合第十一条第六、七项")
        .contains("较大及以上生态环境事故 2022-04-01");
  }

  @Test
  @DisplayName("Art 12(6) → 11(7): a top manager's organisation accident exactly 5 years old no longer counts")
  void topManagerOldAccident() {
    Finding finding =
        rule.check(
            eligible()
                .topManager(true)
                .accident(AccidentType.MAJOR_SAFETY_ACCIDENT, DEADLINE.minusYears(5))
                .individual());
    assertThat(finding.passed()).isTrue();
    assertThat(finding.message()).contains("所在组织申报截止日 2027-03-31 前5年内（2022-03-31 之后）无较大及以上");
  }

  @Test
  @DisplayName("Art 12(6): the Art 11(7) accident test applies only to top managers")
  void notTopManager() {
    assertThat(
            rule.check(
                    eligible()
                        .accident(AccidentType.MAJOR_QUALITY_ACCIDENT, DEADLINE.minusYears(1))
                        .individual())
                .passed())
        .isTrue();
  }
}
