package org.qualityaward.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * IND-CONDUCT, Art 12(6). The person's own conduct (无违法、违规、违纪行为) has no 5-year window: a
 * record of any date fails. A top manager's organisation is judged apart, by Art 11(6)(7) with
 * their 5-year windows ({@link OrgCreditRule}, {@link OrgAccidentRule}); for anyone else the
 * organisation's records are not asked.
 */
final class IndConductRule extends Rule {

  IndConductRule() {
    super("IND-CONDUCT", "Art 12(6)");
  }

  @Override
  boolean appliesTo(ApplicationKind kind) {
    return kind == ApplicationKind.INDIVIDUAL;
  }

  @Override
  Finding check(EligibilityInput input) {
    List<CreditRecord> own = input.declarations().creditRecords();
    List<String> failures = new ArrayList<>();
    List<String> passes = new ArrayList<>();
    if (own.isEmpty()) {
      passes.add("本人未申报违法、违规、违纪记录（第十二条第六项）");
    } else {
      failures.add("本人不得有违法、违规、违纪行为（第十二条第六项，不限年限）：" + Describe.all(own, Describe::credit));
    }
    if (Boolean.TRUE.equals(input.individual().topManager())) {
      LocalDate deadline = input.editionDeadline();
      String organisation = "申报人为所在组织最高管理者，所在组织须符合第十一条第六、七项（第十二条第六项）：";
      List<CreditRecord> credit = input.declarations().employerCreditRecords();
      String creditProblem = OrgCreditRule.recordsWithinWindow(credit, deadline);
      String accidentProblem = OrgAccidentRule.accidentsWithinWindow(input);
      (creditProblem == null ? passes : failures).add(organisation + "第十一条第六项 "
          + (creditProblem == null ? OrgCreditRule.noRecords(credit, deadline) : creditProblem));
      (accidentProblem == null ? passes : failures).add(organisation + "第十一条第七项 "
          + (accidentProblem == null ? OrgAccidentRule.noAccidents(deadline) : accidentProblem));
    } else {
      passes.add("申报人不是所在组织最高管理者，不审查所在组织的记录");
    }
    return failures.isEmpty() ? passed(String.join("；", passes)) : failed(String.join("；", failures));
  }
}
