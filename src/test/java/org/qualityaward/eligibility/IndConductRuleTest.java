package org.qualityaward.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.eligibility.Applicant.DEADLINE;
import static org.qualityaward.eligibility.Applicant.eligible;

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
    assertThat(finding.message()).contains("本人未申报违法、违规、违纪记录（第十二条第六项）");
  }

  @Test
  @DisplayName("Art 12(6): the person's own record of any age fails — ten years old, no 5-year window for individuals")
  void ownRecordTenYearsOld() {
    Finding finding =
        rule.check(
            eligible()
                .credit(CreditRecordType.ADMINISTRATIVE_PENALTY, DEADLINE.minusYears(10))
                .individual());
    assertThat(finding.passed()).isFalse();
    assertThat(finding.message())
        .contains("本人不得有违法、违规、违纪行为（第十二条第六项，不限年限）：行政处罚 2017-03-31");
  }

  @Test
  @DisplayName("Art 12(6) → 11(6): a top manager's organisation's credit record 6 years old is outside the window and passes")
  void topManagerOrganisationOldCredit() {
    Finding finding =
        rule.check(
            eligible()
                .topManager(true)
                .employerCredit(CreditRecordType.ADMINISTRATIVE_PENALTY, DEADLINE.minusYears(6))
                .individual());
    assertThat(finding.passed()).isTrue();
    assertThat(finding.message())
        .contains("本人未申报违法、违规、违纪记录")
        .contains("所在组织须符合第十一条第六、七项（第十二条第六项）：第十一条第六项 申报截止日 2027-03-31 前5年内")
        .contains("已满5年不再计入：行政处罚 2021-03-31");
  }

  @Test
  @DisplayName("Art 12(6) → 11(6): a top manager's organisation's credit record 2 years old fails, named as the organisation's")
  void topManagerOrganisationRecentCredit() {
    Finding finding =
        rule.check(
            eligible()
                .topManager(true)
                .employerCredit(CreditRecordType.SERIOUS_DISHONESTY, DEADLINE.minusYears(2))
                .individual());
    assertThat(finding.passed()).isFalse();
    assertThat(finding.message())
        .startsWith("申报人为所在组织最高管理者，所在组织须符合第十一条第六、七项（第十二条第六项）：第十一条第六项")
        .contains("有信用记录：")
        .contains("2025-03-31")
        .doesNotContain("本人");
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
        .contains("所在组织须符合第十一条第六、七项（第十二条第六项）：第十一条第七项")
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
    assertThat(finding.message())
        .contains("第十一条第七项 申报截止日 2027-03-31 前5年内（2022-03-31 之后）无较大及以上");
  }

  @Test
  @DisplayName("Art 12(6): a top manager's own record and the organisation's are two failures, each named")
  void ownAndOrganisationRecords() {
    Finding finding =
        rule.check(
            eligible()
                .topManager(true)
                .credit(CreditRecordType.ADMINISTRATIVE_PENALTY, DEADLINE.minusYears(10))
                .employerCredit(CreditRecordType.ADMINISTRATIVE_PENALTY, DEADLINE.minusYears(2))
                .individual());
    assertThat(finding.passed()).isFalse();
    assertThat(finding.message())
        .contains("本人不得有违法、违规、违纪行为（第十二条第六项，不限年限）：行政处罚 2017-03-31")
        .contains("所在组织须符合第十一条第六、七项（第十二条第六项）：第十一条第六项")
        .contains("有信用记录：行政处罚 2025-03-31");
  }

  @Test
  @DisplayName("Art 12(6): not a top manager — the organisation's credit records and accidents are not judged")
  void notTopManager() {
    Finding finding =
        rule.check(
            eligible()
                .employerCredit(CreditRecordType.ADMINISTRATIVE_PENALTY, DEADLINE.minusYears(1))
                .accident(AccidentType.MAJOR_QUALITY_ACCIDENT, DEADLINE.minusYears(1))
                .individual());
    assertThat(finding.passed()).isTrue();
    assertThat(finding.message()).contains("申报人不是所在组织最高管理者，不审查所在组织的记录");
  }
}
