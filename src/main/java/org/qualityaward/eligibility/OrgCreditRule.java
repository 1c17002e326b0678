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
    List<CreditRecord> records = input.declarations().creditRecords();
    String problem = recordsWithinWindow(records, input.editionDeadline());
    return problem == null ? passed(noRecords(records, input.editionDeadline())) : failed(problem);
  }

  /**
   * The failure text for an organisation's credit records in the window, or null when there are none
   * (shared by Art 12(6) for a top manager's organisation).
   */
  static String recordsWithinWindow(List<CreditRecord> records, LocalDate deadline) {
    List<CreditRecord> counted =
        records.stream().filter(r -> FiveYears.withinWindow(r.date(), deadline)).toList();
    return counted.isEmpty() ? null : window(deadline) + "有信用记录：" + Describe.all(counted, Describe::credit);
  }

  /** The passing text: none in the window, naming the records too old to count. */
  static String noRecords(List<CreditRecord> records, LocalDate deadline) {
    List<CreditRecord> tooOld =
        records.stream().filter(r -> !FiveYears.withinWindow(r.date(), deadline)).toList();
    String message = window(deadline) + "无经营异常名录、严重违法失信名单及行政处罚记录";
    return tooOld.isEmpty()
        ? message
        : message + "；已满5年不再计入：" + Describe.all(tooOld, Describe::credit);
  }

  private static String window(LocalDate deadline) {
    return "申报截止日 %s 前5年内（%s 之后）".formatted(deadline, FiveYears.windowOpensAfter(deadline));
  }
}
