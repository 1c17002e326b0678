package org.qualityaward.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.eligibility.Applicant.DEADLINE;
import static org.qualityaward.eligibility.Applicant.ID_NUMBER;
import static org.qualityaward.eligibility.Applicant.ORG_CODE;
import static org.qualityaward.eligibility.Applicant.eligible;
import static org.qualityaward.eligibility.HonourFixtures.ban;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BanRuleTest {

  private final Fakes.Bans bans = new Fakes.Bans();
  private final BanRule rule = new BanRule(bans);

  @Test
  @DisplayName("Art 32: the ban ends exactly 5 years after revocation — applying on that day is allowed")
  void banEndsOnFifthAnniversary() {
    bans.add(ORG_CODE, ban("保定某精密机械有限公司", DEADLINE.minusYears(5)));
    Finding finding = rule.check(eligible().organization());
    assertThat(finding.passed()).isTrue();
    assertThat(finding.article()).isEqualTo("Art 32");
  }

  @Test
  @DisplayName("Art 32: one day before the ban ends the organisation may not apply")
  void oneDayInsideBan() {
    bans.add(ORG_CODE, ban("保定某精密机械有限公司", DEADLINE.minusYears(5).plusDays(1)));
    Finding finding = rule.check(eligible().organization());
    assertThat(finding.passed()).isFalse();
    assertThat(finding.message())
        .isEqualTo(
            "保定某精密机械有限公司的市政府质量奖荣誉于 2022-04-01 被撤销（以贿赂手段骗取荣誉），2027-04-01 起方可再次申报；申报截止日 2027-03-31 在禁止申报期内");
  }

  @Test
  @DisplayName("Art 32 (在5年内不得申报): applying while banned is refused even if the ban ends before the deadline")
  void applyingWhileBanned() {
    bans.add(ORG_CODE, ban("保定某精密机械有限公司", DEADLINE.minusYears(5).minusDays(10)));
    Finding finding = rule.check(eligible().appliedOn(DEADLINE.minusDays(20)).organization());
    assertThat(finding.passed()).isFalse();
    assertThat(finding.message())
        .isEqualTo(
            "保定某精密机械有限公司的市政府质量奖荣誉于 2022-03-21 被撤销（以贿赂手段骗取荣誉），2027-03-21 起方可再次申报；申报日 2027-03-11 在禁止申报期内");

    Finding afterTheBan = rule.check(eligible().appliedOn(DEADLINE.minusDays(5)).organization());
    assertThat(afterTheBan.passed()).isTrue();
    assertThat(afterTheBan.message()).isEqualTo("申报日 2027-03-26 和申报截止日 2027-03-31 不在任何撤销荣誉后的禁止申报期内");
  }

  @Test
  @DisplayName("Art 32: a banned person is found by ID number")
  void bannedPerson() {
    bans.add(ID_NUMBER, ban("李四", DEADLINE.minusYears(2)));
    assertThat(rule.check(eligible().individual()).passed()).isFalse();
  }
}
