package org.qualityaward.eligibility;

import java.time.LocalDate;
import java.util.List;

/**
 * GROUP, Art 14: once any company of a group has won the award, the group's subsidiaries and branches
 * are not accepted while that honour is valid. A nomination does not count: a bar is not widened by
 * analogy, and the nominee itself may apply for the award (HOLDER). The group company itself is not a subsidiary or a
 * branch, so it is not barred by a member's honour: a restriction is not widened by analogy, and
 * if it holds an honour itself HOLDER applies. The applicant's own honour is left to HOLDER too.
 */
final class GroupRule extends Rule {

  private final HonourRecords honours;

  GroupRule(HonourRecords honours) {
    super("GROUP", "Art 14");
    this.honours = honours;
  }

  @Override
  boolean appliesTo(ApplicationKind kind) {
    return kind == ApplicationKind.ORGANIZATION;
  }

  @Override
  Finding check(EligibilityInput input) {
    OrganizationProfile org = input.organization();
    String group = org.groupCreditCode();
    LocalDate deadline = input.editionDeadline();
    if (group == null || group.isBlank()) {
      return passed("未声明所属集团公司，第十四条不适用");
    }
    List<HeldHonour> valid =
        honours.ofGroup(group).stream()
            .filter(h -> !org.creditCode().equals(h.holderCreditCode()))
            .filter(HeldHonour::award)
            .filter(h -> h.validAt(deadline))
            .toList();
    return valid.isEmpty()
        ? passed("所属集团（%s）中无在申报截止日 %s 仍有效的获奖".formatted(group, deadline))
        : failed(
            "所属集团（%s）中 %s，申报截止日 %s 仍在有效期内，集团中子公司、分公司不予受理"
                .formatted(group, Describe.all(valid, HeldHonour::describe), deadline));
  }
}
