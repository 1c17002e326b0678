package org.qualityaward.eligibility;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The eligibility rules of DESIGN §4 (Art 11–14, 16, 32, 33): one finding per rule that applies
 * to the application's kind, in the order of the design's table.
 */
@Component
public class EligibilityRules {

  private final List<Rule> rules;

  public EligibilityRules(
      EditionApplications applications, HonourRecords honours, BanRecords bans) {
    this.rules =
        List.of(
            new OrgRegisteredRule(),
            new OrgCqoRule(),
            new OrgCreditRule(),
            new OrgAccidentRule(),
            new IndTenureRule(),
            new IndConductRule(),
            new OneKindRule(applications),
            new GroupRule(honours),
            new BanRule(bans),
            new HolderRule(honours),
            new SecretsRule());
  }

  public List<Finding> check(EligibilityInput input) {
    return check(input, rules);
  }

  /** Art 33 renewal: the rules checked again for a holder's renewal request (see Rule#appliesToRenewal). */
  public List<Finding> checkRenewal(EligibilityInput input) {
    return check(input, rules.stream().filter(Rule::appliesToRenewal).toList());
  }

  private static List<Finding> check(EligibilityInput input, List<Rule> rules) {
    if (input.kind() == ApplicationKind.ORGANIZATION && input.organization() == null) {
      throw new IllegalArgumentException("ORGANIZATION 申报缺少 organization（组织信息）");
    }
    if (input.kind() == ApplicationKind.INDIVIDUAL && input.individual() == null) {
      throw new IllegalArgumentException("INDIVIDUAL 申报缺少 individual（个人信息）");
    }
    return rules.stream().filter(r -> r.appliesTo(input.kind())).map(r -> r.check(input)).toList();
  }
}
