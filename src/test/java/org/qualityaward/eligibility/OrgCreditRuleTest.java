package org.qualityaward.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.eligibility.Applicant.DEADLINE;
import static org.qualityaward.eligibility.Applicant.eligible;
import static org.qualityaward.eligibility.CreditRecordType.ABNORMAL_OPERATION;
import static org.qualityaward.eligibility.CreditRecordType.ADMINISTRATIVE_PENALTY;
import static org.qualityaward.eligibility.CreditRecordType.SERIOUS_DISHONESTY;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class OrgCreditRuleTest {

  private final OrgCreditRule rule = new OrgCreditRule();

  @Test
  @DisplayName("Art 11(6): a penalty exactly 5 years old at the deadline no longer counts")
  void exactlyFiveYearsOld() {
    Finding finding =
        rule.check(eligible().credit(ADMINISTRATIVE_PENALTY, DEADLINE.minusYears(5)).organization());
    assertThat(finding.passed()).isTrue();
    assertThat(finding.message())
        .contains("2022-03-31 之后）无经营异常名录")
        .contains("已满5年不再计入：行政处罚 2022-03-31");
  }

  @ParameterizedTest
  @EnumSource(CreditRecordType.class)
  @DisplayName("Art 11(6): a listing or penalty one day inside the 5 years is not eligible")
  void oneDayInside(CreditRecordType type) {
    Finding finding =
        rule.check(eligible().credit(type, DEADLINE.minusYears(5).plusDays(1)).organization());
    assertThat(finding.passed()).isFalse();
    assertThat(finding.message())
        .isEqualTo(
            "申报截止日 2027-03-31 前5年内（2022-03-31 之后）有信用记录：%s 2022-04-01（保市监罚〔2023〕12号）"
                .formatted(type.label()));
  }

  @Test
  @DisplayName("Art 11(6): every counted record is listed")
  void listsEveryRecord() {
    Finding finding =
        rule.check(
            eligible()
                .credit(ABNORMAL_OPERATION, DEADLINE.minusYears(1))
                .credit(SERIOUS_DISHONESTY, DEADLINE.minusYears(2))
                .organization());
    assertThat(finding.message()).contains("经营异常名录 2026-03-31").contains("严重违法失信名单 2025-03-31");
  }

  @Test
  @DisplayName("Art 11(6): no record passes")
  void clean() {
    assertThat(rule.check(eligible().organization()).passed()).isTrue();
  }
}
