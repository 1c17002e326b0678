package org.qualityaward.eligibility;

import java.time.LocalDate;

/** IND-TENURE, Art 12(2): 5 years or more of quality work or research in Baoding. */
final class IndTenureRule extends Rule {

  IndTenureRule() {
    super("IND-TENURE", "Art 12(2)");
  }

  @Override
  boolean appliesTo(ApplicationKind kind) {
    return kind == ApplicationKind.INDIVIDUAL;
  }

  @Override
  Finding check(EligibilityInput input) {
    LocalDate since = input.individual().qualityWorkSince();
    LocalDate deadline = input.editionDeadline();
    boolean enough = FiveYears.completedBy(since, deadline);
    return finding(
        enough,
        "自 %s 在本行政区域内从事质量工作或研究，至申报截止日 %s %s5年（满5年之日为 %s）"
            .formatted(since, deadline, enough ? "已满" : "未满", FiveYears.completedOn(since)));
  }
}
