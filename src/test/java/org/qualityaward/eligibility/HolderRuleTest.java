package org.qualityaward.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.eligibility.Applicant.DEADLINE;
import static org.qualityaward.eligibility.Applicant.ID_NUMBER;
import static org.qualityaward.eligibility.Applicant.ORG_CODE;
import static org.qualityaward.eligibility.Applicant.eligible;
import static org.qualityaward.eligibility.HonourFixtures.award;
import static org.qualityaward.eligibility.HonourFixtures.nomination;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HolderRuleTest {

  private final Fakes.Honours honours = new Fakes.Honours();
  private final HolderRule rule = new HolderRule(honours);

  @Test
  @DisplayName("Art 33: an organisation holding a valid honour at the deadline applies through renewal, not anew")
  void organisationHolds() {
    honours.add(ORG_CODE, null, award("保定某精密机械有限公司", ORG_CODE, DEADLINE.minusYears(3)));
    Finding finding = rule.check(eligible().organization());
    assertThat(finding.passed()).isFalse();
    assertThat(finding.message())
        .isEqualTo(
            "保定某精密机械有限公司于 2024-03-31 获市政府质量奖，有效期至 2029-03-30，申报截止日 2027-03-31 仍在有效期内：应在期满后申请复评，不得重新申报");
  }

  @Test
  @DisplayName("Art 33: a person holding a valid individual honour may not apply anew")
  void personHolds() {
    honours.add(ID_NUMBER, null, award("李四", null, DEADLINE.minusYears(1)));
    assertThat(rule.check(eligible().individual()).passed()).isFalse();
  }

  @Test
  @DisplayName("Art 33: validity ends on its last day: the honour's 5 years are over the day after")
  void expired() {
    honours.add(ORG_CODE, null, award("保定某精密机械有限公司", ORG_CODE, DEADLINE.minusYears(5)));
    Finding finding = rule.check(eligible().organization());
    assertThat(finding.passed()).isTrue();
    assertThat(finding.message()).isEqualTo("申报截止日 2027-03-31 申报人未持有有效期内的市政府质量奖");
  }

  @Test
  @DisplayName("Art 33: an honour awarded after the deadline does not make the applicant a holder at the deadline")
  void awardedAfterDeadline() {
    honours.add(ORG_CODE, null, award("保定某精密机械有限公司", ORG_CODE, DEADLINE.plusDays(1)));
    assertThat(rule.check(eligible().organization()).passed()).isTrue();
  }

  @Test
  @DisplayName("Art 3, 33: a valid nomination does not bar its holder from applying for the award in a later edition")
  void nomineeMayApplyForTheAward() {
    honours.add(ORG_CODE, null, nomination("保定某精密机械有限公司", ORG_CODE, DEADLINE.minusYears(2)));
    Finding finding = rule.check(eligible().organization());
    assertThat(finding.passed()).isTrue();
    assertThat(finding.message()).isEqualTo(
        "保定某精密机械有限公司于 2025-03-31 获市政府质量奖提名奖，有效期至 2030-03-30：提名奖不妨碍申报市政府质量奖（第三条、第三十三条）");
  }

  @Test
  @DisplayName("Art 33: a holder of both a valid nomination and a valid award is barred by the award only")
  void awardBarsBesideANomination() {
    honours.add(ORG_CODE, null, nomination("保定某精密机械有限公司", ORG_CODE, DEADLINE.minusYears(4)));
    honours.add(ORG_CODE, null, award("保定某精密机械有限公司", ORG_CODE, DEADLINE.minusYears(1)));
    Finding finding = rule.check(eligible().organization());
    assertThat(finding.passed()).isFalse();
    assertThat(finding.message()).contains("获市政府质量奖，有效期至").doesNotContain("提名奖");
  }
}
