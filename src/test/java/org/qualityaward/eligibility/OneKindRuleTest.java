package org.qualityaward.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.eligibility.Applicant.ORG_CODE;
import static org.qualityaward.eligibility.Applicant.eligible;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OneKindRuleTest {

  private final Fakes.Applications applications = new Fakes.Applications();
  private final OneKindRule rule = new OneKindRule(applications);

  @Test
  @DisplayName("Art 13: an organisation whose staff applied for the individual award in the edition may not apply for the organisation award")
  void organisationAfterIndividual() {
    applications.answer = true;
    Finding finding = rule.check(eligible().organization());
    assertThat(finding.passed()).isFalse();
    assertThat(finding.message()).contains("本届已有该组织（" + ORG_CODE + "）人员申报个人奖");
    assertThat(applications.lastCall).isEqualTo(List.of(1L, ORG_CODE, ApplicationKind.ORGANIZATION, 7L));
  }

  @Test
  @DisplayName("Art 13: an individual whose employer applied for the organisation award in the edition may not apply")
  void individualAfterOrganisation() {
    applications.answer = true;
    Finding finding = rule.check(eligible().individual());
    assertThat(finding.passed()).isFalse();
    assertThat(finding.message()).contains("所在组织（" + ORG_CODE + "）已申报本届组织奖");
    assertThat(applications.lastCall).isEqualTo(List.of(1L, ORG_CODE, ApplicationKind.INDIVIDUAL, 8L));
  }

  @Test
  @DisplayName("Art 13: no application of the other kind passes")
  void onlyOneKind() {
    assertThat(rule.check(eligible().organization()).passed()).isTrue();
    assertThat(rule.check(eligible().individual()).passed()).isTrue();
  }
}
