package org.qualityaward.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** ORG-REGISTERED, Art 11(2): registered in Baoding and operating 5 years or more. */
final class OrgRegisteredRule extends Rule {

  /** GB/T 2260 prefix of 保定市 and its districts and counties. */
  static final String BAODING_DIVISION_PREFIX = "1306";

  OrgRegisteredRule() {
    super("ORG-REGISTERED", "Art 11(2)");
  }

  @Override
  boolean appliesTo(ApplicationKind kind) {
    return kind == ApplicationKind.ORGANIZATION;
  }

  @Override
  Finding check(EligibilityInput input) {
    OrganizationProfile org = input.organization();
    LocalDate deadline = input.editionDeadline();
    List<String> reasons = new ArrayList<>();
    boolean inBaoding = false;
    CodeCheck code = CreditCode.check(org.creditCode());
    if (!code.valid()) {
      reasons.add("统一社会信用代码无效，无法判断注册地：" + code.message());
    } else {
      String division = CreditCode.divisionCode(org.creditCode());
      inBaoding = division.startsWith(BAODING_DIVISION_PREFIX);
      reasons.add(
          inBaoding
              ? "登记管理机关行政区划码 %s 属保定市（1306）".formatted(division)
              : "登记管理机关行政区划码 %s 不属保定市（应以 1306 开头）".formatted(division));
    }

    LocalDate fiveYears = FiveYears.completedOn(org.registeredOn());
    boolean longEnough = FiveYears.completedBy(org.registeredOn(), deadline);
    reasons.add(
        "%s 注册登记，至申报截止日 %s %s5年（满5年之日为 %s）"
            .formatted(org.registeredOn(), deadline, longEnough ? "已满" : "未满", fiveYears));
    return finding(inBaoding && longEnough, String.join("；", reasons));
  }
}
