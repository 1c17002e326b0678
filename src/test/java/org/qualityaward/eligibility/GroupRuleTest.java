package org.qualityaward.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.eligibility.Applicant.DEADLINE;
import static org.qualityaward.eligibility.Applicant.GROUP_CODE;
import static org.qualityaward.eligibility.Applicant.ORG_CODE;
import static org.qualityaward.eligibility.Applicant.eligible;
import static org.qualityaward.eligibility.HonourFixtures.award;
import static org.qualityaward.eligibility.HonourFixtures.nomination;
import static org.qualityaward.eligibility.HonourFixtures.revoked;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GroupRuleTest {

  static final String SIBLING = Codes.creditCode("91130605", "MA0F0001");

  private final Fakes.Honours honours = new Fakes.Honours();
  private final GroupRule rule = new GroupRule(honours);

  @Test
  @DisplayName("Art 14: a subsidiary is not accepted while a sibling's honour is valid at the deadline")
  void siblingHolds() {
    honours.add(SIBLING, GROUP_CODE, award("保定某汽车零部件有限公司", SIBLING, DEADLINE.minusYears(2)));
    Finding finding = rule.check(eligible().group(GROUP_CODE).organization());
    assertThat(finding.passed()).isFalse();
    assertThat(finding.article()).isEqualTo("Art 14");
    assertThat(finding.message())
        .isEqualTo(
            "所属集团（%s）中 保定某汽车零部件有限公司于 2025-03-31 获市政府质量奖，有效期至 2030-03-30，申报截止日 2027-03-31 仍在有效期内，集团中子公司、分公司不予受理"
                .formatted(GROUP_CODE));
  }

  @Test
  @DisplayName("Art 14: a subsidiary is not accepted while the group company's own honour is valid")
  void groupCompanyHolds() {
    honours.add(GROUP_CODE, null, award("保定某集团有限公司", GROUP_CODE, DEADLINE.minusYears(1)));
    assertThat(rule.check(eligible().group(GROUP_CODE).organization()).passed()).isFalse();
  }

  @Test
  @DisplayName("Art 14: on the last day of the sibling's validity the subsidiary is still barred; the day after it is not")
  void validityBoundary() {
    HeldHonour sibling = award("兄弟公司", SIBLING, DEADLINE.minusYears(5).plusDays(1));
    honours.add(SIBLING, GROUP_CODE, sibling);
    assertThat(sibling.validUntil()).isEqualTo(DEADLINE);
    assertThat(rule.check(eligible().group(GROUP_CODE).organization()).passed()).isFalse();
    assertThat(
            rule.check(eligible().group(GROUP_CODE).deadline(DEADLINE.plusDays(1)).organization())
                .passed())
        .isTrue();
  }

  @Test
  @DisplayName("Art 14: a sister company's nomination does not bar the subsidiary: only the award does (获奖后)")
  void siblingNomination() {
    honours.add(SIBLING, GROUP_CODE, nomination("兄弟公司", SIBLING, DEADLINE.minusYears(1)));
    assertThat(rule.check(eligible().group(GROUP_CODE).organization()).passed()).isTrue();
  }

  @Test
  @DisplayName("Art 14: a revoked sibling honour does not bar the group (Art 32 bans only the revoked holder)")
  void revokedSibling() {
    honours.add(SIBLING, GROUP_CODE, revoked(award("兄弟公司", SIBLING, DEADLINE.minusYears(2))));
    assertThat(rule.check(eligible().group(GROUP_CODE).organization()).passed()).isTrue();
  }

  @Test
  @DisplayName("Art 14: the group company itself is not a subsidiary or branch and is not barred by a member's honour")
  void groupCompanyApplies() {
    honours.add(ORG_CODE, GROUP_CODE, award("子公司", ORG_CODE, DEADLINE.minusYears(1)));
    Finding finding = rule.check(eligible().creditCode(GROUP_CODE).organization());
    assertThat(finding.passed()).isTrue();
    assertThat(finding.message()).isEqualTo("未声明所属集团公司，第十四条不适用");
  }

  @Test
  @DisplayName("Art 14: the applicant's own honour is left to HOLDER (Art 33)")
  void ownHonour() {
    honours.add(ORG_CODE, GROUP_CODE, award("本公司", ORG_CODE, DEADLINE.minusYears(1)));
    assertThat(rule.check(eligible().group(GROUP_CODE).organization()).passed()).isTrue();
  }
}
