package org.qualityaward.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.qualityaward.eligibility.Applicant.eligible;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EligibilityRulesTest {

  private final EligibilityRules rules =
      new EligibilityRules(new Fakes.Applications(), new Fakes.Honours(), new Fakes.Bans());

  @Test
  @DisplayName("Art 11, 13, 14, 16, 32, 33: an organisation gets exactly ORG-*, ONE-KIND, GROUP, BAN, HOLDER and SECRETS")
  void organisationRuleSet() {
    List<Finding> findings = rules.check(eligible().organization());
    assertThat(findings)
        .extracting(Finding::rule, Finding::article)
        .containsExactly(
            tuple("ORG-REGISTERED", "Art 11(2)"),
            tuple("ORG-CQO", "Art 11(3)"),
            tuple("ORG-CREDIT", "Art 11(6)"),
            tuple("ORG-ACCIDENT", "Art 11(7)"),
            tuple("ONE-KIND", "Art 13"),
            tuple("GROUP", "Art 14"),
            tuple("BAN", "Art 32"),
            tuple("HOLDER", "Art 33"),
            tuple("SECRETS", "Art 16"));
    assertThat(findings).allMatch(Finding::passed);
  }

  @Test
  @DisplayName("Art 12, 13, 16, 32, 33: an individual gets exactly IND-*, ONE-KIND, BAN, HOLDER and SECRETS — GROUP (Art 14) does not apply")
  void individualRuleSet() {
    List<Finding> findings = rules.check(eligible().individual());
    assertThat(findings)
        .extracting(Finding::rule)
        .containsExactly("IND-TENURE", "IND-CONDUCT", "ONE-KIND", "BAN", "HOLDER", "SECRETS");
    assertThat(findings).allMatch(Finding::passed);
  }

  @Test
  @DisplayName("Art 33: a renewal re-checks Art 11/12, GROUP (Art 14), BAN (Art 32) and SECRETS — not HOLDER (its own honour is renewed) nor ONE-KIND (no edition)")
  void renewalRuleSet() {
    assertThat(rules.checkRenewal(eligible().organization())).extracting(Finding::rule)
        .containsExactly("ORG-REGISTERED", "ORG-CQO", "ORG-CREDIT", "ORG-ACCIDENT", "GROUP", "BAN", "SECRETS");
    assertThat(rules.checkRenewal(eligible().individual())).extracting(Finding::rule)
        .containsExactly("IND-TENURE", "IND-CONDUCT", "BAN", "SECRETS");
  }

  @Test
  @DisplayName("Art 11: every failing rule is reported, not only the first")
  void everyFailureReported() {
    List<Finding> findings =
        rules.check(
            eligible()
                .registeredWith("石家庄市市场监督管理局", "河北省石家庄市长安区中山东路 1 号")
                .chiefQualityOfficer(false)
                .noStateSecrets(false)
                .organization());
    assertThat(findings.stream().filter(f -> !f.passed()).map(Finding::rule))
        .containsExactly("ORG-REGISTERED", "ORG-CQO", "SECRETS");
  }

  @Test
  @DisplayName("An input without the profile of its kind is a programming error, not a finding")
  void missingProfile() {
    EligibilityInput org = eligible().organization();
    EligibilityInput broken =
        new EligibilityInput(
            org.applicationId(), org.editionId(), org.editionDeadline(), org.appliedOn(), ApplicationKind.INDIVIDUAL,
            org.organization(), null, org.declarations(), org.evidence());
    assertThatThrownBy(() -> rules.check(broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("INDIVIDUAL 申报缺少 individual");
  }
}
