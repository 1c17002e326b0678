package org.qualityaward.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.eligibility.Applicant.DEADLINE;
import static org.qualityaward.eligibility.Applicant.eligible;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrgAccidentRuleTest {

  private final OrgAccidentRule rule = new OrgAccidentRule();

  @ParameterizedTest
  @EnumSource(AccidentType.class)
  @DisplayName("Art 11(7): a major accident or verified major complaint one day inside 5 years is not eligible")
  void oneDayInside(AccidentType type) {
    Finding finding =
        rule.check(eligible().accident(type, DEADLINE.minusYears(5).plusDays(1)).organization());
    assertThat(finding.passed()).isFalse();
    assertThat(finding.message()).contains(type.label() + " 2022-04-01");
  }

  @Test
  @DisplayName("Art 11(7): an accident exactly 5 years before the deadline no longer counts")
  void exactlyFiveYears() {
    Finding finding =
        rule.check(
            eligible()
                .accident(AccidentType.MAJOR_SAFETY_ACCIDENT, DEADLINE.minusYears(5))
                .organization());
    assertThat(finding.passed()).isTrue();
    assertThat(finding.message()).contains("（2022-03-31 之后）无较大及以上");
  }

  @Test
  @DisplayName("Art 11(7): an accident after the deadline, found at qualification review, counts")
  void afterDeadline() {
    assertThat(
            rule.check(
                    eligible()
                        .accident(AccidentType.MAJOR_QUALITY_ACCIDENT, DEADLINE.plusDays(10))
                        .organization())
                .passed())
        .isFalse();
  }
}
