package org.qualityaward.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.eligibility.Applicant.DEADLINE;
import static org.qualityaward.eligibility.Applicant.eligible;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrgRegisteredRuleTest {

  private final OrgRegisteredRule rule = new OrgRegisteredRule();

  @Test
  @DisplayName("Art 11(2): registered exactly 5 years before the deadline is eligible (以上 is inclusive)")
  void exactlyFiveYears() {
    Finding finding = rule.check(eligible().registeredOn(DEADLINE.minusYears(5)).organization());
    assertThat(finding.passed()).isTrue();
    assertThat(finding.rule()).isEqualTo("ORG-REGISTERED");
    assertThat(finding.article()).isEqualTo("Art 11(2)");
    assertThat(finding.message())
        .contains("130602 属保定市")
        .contains("2022-03-31 注册登记，至申报截止日 2027-03-31 已满5年");
  }

  @Test
  @DisplayName("Art 11(2): registered one day short of 5 years at the deadline is not eligible")
  void oneDayShort() {
    Finding finding =
        rule.check(eligible().registeredOn(DEADLINE.minusYears(5).plusDays(1)).organization());
    assertThat(finding.passed()).isFalse();
    assertThat(finding.message()).contains("未满5年（满5年之日为 2027-04-01）");
  }

  @Test
  @DisplayName("Art 11(2): 29 Feb registration completes 5 years on 28 Feb")
  void leapDay() {
    var registered = eligible().registeredOn(LocalDate.of(2020, 2, 29));
    assertThat(rule.check(registered.deadline(LocalDate.of(2025, 2, 28)).organization()).passed())
        .isTrue();
    assertThat(rule.check(registered.deadline(LocalDate.of(2025, 2, 27)).organization()).passed())
        .isFalse();
  }

  @Test
  @DisplayName("Art 11(2): a Baoding district code (130602) is registered in Baoding")
  void baodingDistrict() {
    assertThat(rule.check(eligible().organization()).passed()).isTrue();
  }

  @Test
  @DisplayName("Art 11(2): a Shijiazhuang code (130102) is not registered in Baoding")
  void shijiazhuang() {
    Finding finding = rule.check(eligible().creditCode(Applicant.SHIJIAZHUANG_CODE).organization());
    assertThat(finding.passed()).isFalse();
    assertThat(finding.message()).contains("130102 不属保定市（应以 1306 开头）");
  }

  @Test
  @DisplayName("Art 11(2): an invalid credit code cannot show registration in Baoding")
  void invalidCode() {
    Finding finding = rule.check(eligible().creditCode("91130602MA0E12342C").organization());
    assertThat(finding.passed()).isFalse();
    assertThat(finding.message()).contains("无法判断注册地：第18位校验码应为 B，实际为 C");
  }
}
