package org.qualityaward.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.eligibility.Applicant.DEADLINE;
import static org.qualityaward.eligibility.Applicant.eligible;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IndTenureRuleTest {

  private final IndTenureRule rule = new IndTenureRule();

  @Test
  @DisplayName("Art 12(2): quality work since exactly 5 years before the deadline is eligible (以上 is inclusive)")
  void exactlyFiveYears() {
    Finding finding = rule.check(eligible().qualityWorkSince(DEADLINE.minusYears(5)).individual());
    assertThat(finding.passed()).isTrue();
    assertThat(finding.rule()).isEqualTo("IND-TENURE");
    assertThat(finding.article()).isEqualTo("Art 12(2)");
    assertThat(finding.message()).contains("自 2022-03-31").contains("已满5年");
  }

  @Test
  @DisplayName("Art 12(2): one day short of 5 years of quality work is not eligible")
  void oneDayShort() {
    Finding finding =
        rule.check(eligible().qualityWorkSince(DEADLINE.minusYears(5).plusDays(1)).individual());
    assertThat(finding.passed()).isFalse();
    assertThat(finding.message()).contains("未满5年（满5年之日为 2027-04-01）");
  }
}
