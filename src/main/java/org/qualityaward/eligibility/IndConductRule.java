package org.qualityaward.eligibility;

import java.util.ArrayList;
import java.util.List;

/**
 * IND-CONDUCT, Art 12(6): no violations at all — unlike Art 11(6) there is no 5-year window, so a
 * credit record of any date fails. A top manager's organisation must also meet Art 11(6)(7);
 * its credit records are already covered by the stricter test, its accidents use the window.
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
    List<CreditRecord> records = input.declarations().creditRecords();
    boolean topManager = Boolean.TRUE.equals(input.individual().topManager());
    List<String> problems = new ArrayList<>();
    if (!records.isEmpty()) {
      problems.add("申报个人不得有违法、违规、违纪记录（不限年限）：" + Describe.all(records, Describe::credit));
    }
    String accidents = topManager ? OrgAccidentRule.accidentsWithinWindow(input) : null;
    if (accidents != null) {
      problems.add("申报人为组织最高管理者，所在组织须符合第十一条第六、七项，" + accidents);
    }
    if (!problems.isEmpty()) {
      return failed(String.join("；", problems));
    }
    return passed(
        topManager
            ? "未申报违法、违规、违纪记录；申报人为组织最高管理者，所在组织"
                + OrgAccidentRule.noAccidents(input.editionDeadline())
            : "未申报违法、违规、违纪记录");
  }
}
