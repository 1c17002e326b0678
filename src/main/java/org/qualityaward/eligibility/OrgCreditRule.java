package org.qualityaward.eligibility;

import java.time.LocalDate;
import java.util.List;

/**
 * ORG-CREDIT, Art 11(6): no abnormal-operation listing, serious-dishonesty listing or
 * administrative penalty within the 5 years before the deadline.
 */
final class OrgCreditRule extends Rule {

  OrgCreditRule() {
    super("ORG-CREDIT", "Art 11(6)");
  }

  @Override
  boolean appliesTo(ApplicationKind kind) {
    return kind == ApplicationKind.ORGANIZATION;
  }

  @Override
  Finding check(EligibilityInput input) {
    LocalDate deadline = input.editionDeadline();
    List<CreditRecord> records = input.declarations().creditRecords();
    List<CreditRecord> counted =
        records.stream().filter(r -> FiveYears.withinWindow(r.date(), deadline)).toList();
    List<CreditRecord> tooOld =
        records.stream().filter(r -> !FiveYears.withinWindow(r.date(), deadline)).toList();
    String window =
        "申报截止日 %s 前5年内（%s 之后）".formatted(deadline, FiveYears.windowOpensAfter(deadline));
    if (!counted.isEmpty()) {
      return failed(window + "有信用记录：" + Describe.all(counted, Describe::credit));
    }
    String message = window + "无经营异常名录、严重违法失信名单及行政处罚记录";
    return passed(
        tooOld.isEmpty()
            ? message
            : message + "；已满5年不再计入：" + Describe.all(tooOld, Describe::credit));
  }
}
