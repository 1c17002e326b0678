package org.qualityaward.eligibility;

import java.time.LocalDate;
import java.util.List;

/**
 * ORG-ACCIDENT, Art 11(7): no major quality, safety, environmental or public-health accident and
 * no verified major quality complaint within the 5 years before the deadline.
 */
final class OrgAccidentRule extends Rule {

  OrgAccidentRule() {
    super("ORG-ACCIDENT", "Art 11(7)");
  }

  @Override
  boolean appliesTo(ApplicationKind kind) {
    return kind == ApplicationKind.ORGANIZATION;
  }

  @Override
  Finding check(EligibilityInput input) {
    String problem = accidentsWithinWindow(input);
    return problem == null ? passed(noAccidents(input.editionDeadline())) : failed(problem);
  }

  /** The failure text for accidents in the window, or null when there are none (shared by Art 12(6)). */
  static String accidentsWithinWindow(EligibilityInput input) {
    LocalDate deadline = input.editionDeadline();
    List<AccidentRecord> counted =
        input.declarations().accidents().stream()
            .filter(a -> FiveYears.withinWindow(a.date(), deadline))
            .toList();
    return counted.isEmpty()
        ? null
        : "申报截止日 %s 前5年内（%s 之后）有：%s"
            .formatted(
                deadline,
                FiveYears.windowOpensAfter(deadline),
                Describe.all(counted, Describe::accident));
  }

  static String noAccidents(LocalDate deadline) {
    return "申报截止日 %s 前5年内（%s 之后）无较大及以上质量、安全、生态环境、公共卫生事故及查实的重大质量投诉"
        .formatted(deadline, FiveYears.windowOpensAfter(deadline));
  }
}
