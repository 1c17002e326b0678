package org.qualityaward.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * ORG-REGISTERED, Art 11(2): 在保定市行政区域内依法注册登记并正常运营5年以上.
 *
 * <p>Reading: where a firm is registered is its domicile (住所) as on its licence, so the declared
 * {@code registeredAddress} decides — it must lie in 保定市 or one of its districts, county-level cities
 * or counties ({@link #BAODING_DIVISIONS}). The declared {@code registrationAuthority} must fit it: a
 * Baoding authority, or one above the city (河北省…, 国家…, 雄安新区…) that registers some firms domiciled
 * in Baoding. An authority of another city or county fails: it cannot have registered a firm domiciled
 * here. The credit code's division (positions 3–8) is kept as a check only: a code whose division is not
 * 1306xx (e.g. 130000, registered by the province) passes to be confirmed by the office in 资格审查
 * (Art 17), the finding says why. A case stored before the address was asked is judged by the code alone.
 * The five years of operation are counted from {@code registeredOn} to the edition's deadline
 * ({@link FiveYears}).
 */
final class OrgRegisteredRule extends Rule {

  /** GB/T 2260 prefix of 保定市 and its districts and counties. */
  static final String BAODING_DIVISION_PREFIX = "1306";

  /** 保定市's districts, county-level cities and counties (GB/T 2260, 1306xx). */
  private static final List<String> BAODING_DIVISIONS = List.of("竞秀区", "莲池区", "满城区", "清苑区", "徐水区",
      "涞水县", "阜平县", "定兴县", "唐县", "高阳县", "容城县", "涞源县", "望都县", "安新县", "易县", "曲阳县",
      "蠡县", "顺平县", "博野县", "雄县", "涿州市", "定州市", "安国市", "高碑店市");

  /** How authorities above the city begin: the province's, Xiong'an's (province-run) and the State's. */
  private static final List<String> ABOVE_CITY =
      List.of("河北省", "河北雄安新区", "雄安新区", "国家", "国务院", "中华人民共和国");

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
    Registration registration = registration(org, reasons);

    LocalDate fiveYears = FiveYears.completedOn(org.registeredOn());
    boolean longEnough = FiveYears.completedBy(org.registeredOn(), deadline);
    reasons.add(
        "%s 注册登记，至申报截止日 %s %s5年（满5年之日为 %s）"
            .formatted(org.registeredOn(), deadline, longEnough ? "已满" : "未满", fiveYears));
    String message = String.join("；", reasons);
    if (registration == Registration.TO_CONFIRM && longEnough) {
      return passedToConfirm(message);
    }
    return finding(registration != Registration.OUTSIDE && longEnough, message);
  }

  private enum Registration { IN_BAODING, TO_CONFIRM, OUTSIDE }

  /** Where the firm is registered, by its declaration checked against its code; adds the reasons. */
  private static Registration registration(OrganizationProfile org, List<String> reasons) {
    CodeCheck code = CreditCode.check(org.creditCode());
    if (!code.valid()) {
      reasons.add("统一社会信用代码无效，无法判断注册地：" + code.message());
      return Registration.OUTSIDE;
    }
    String division = CreditCode.divisionCode(org.creditCode());
    boolean codeInBaoding = division.startsWith(BAODING_DIVISION_PREFIX);
    if (org.registeredAddress() == null) {
      reasons.add((codeInBaoding
          ? "未申报住所（早于该项的申报），按统一社会信用代码判断：登记管理机关行政区划码 %s 属保定市（1306）"
          : "未申报住所（早于该项的申报），按统一社会信用代码判断：登记管理机关行政区划码 %s 不属保定市（应以 1306 开头）")
          .formatted(division));
      return codeInBaoding ? Registration.IN_BAODING : Registration.OUTSIDE;
    }
    String address = org.registeredAddress();
    String authority = Objects.toString(org.registrationAuthority(), "");
    if (!inBaoding(address)) {
      reasons.add("住所“%s”不在保定市行政区域内".formatted(address));
      return Registration.OUTSIDE;
    }
    if (!inBaoding(authority) && ABOVE_CITY.stream().noneMatch(authority.strip()::startsWith)) {
      reasons.add("登记机关“%s”既非保定市及所辖县（市、区）的，也非省级或国家级登记机关，与住所“%s”不符"
          .formatted(authority, address));
      return Registration.OUTSIDE;
    }
    if (!codeInBaoding) {
      reasons.add(("统一社会信用代码登记管理机关行政区划码为 %s（%s），住所在保定市（%s），登记机关为%s，"
          + "需核实：请资格审查时核实").formatted(division, level(division), address, authority));
      return Registration.TO_CONFIRM;
    }
    reasons.add("住所“%s”在保定市，登记机关为%s，统一社会信用代码登记管理机关行政区划码 %s 属保定市（1306）"
        .formatted(address, authority, division));
    return Registration.IN_BAODING;
  }

  /** An address or authority named after 保定市 or one of its divisions, the province or Xiong'an before it. */
  private static boolean inBaoding(String place) {
    String local = place.strip().replaceFirst("^河北(省)?", "").replaceFirst("^雄安新区", "");
    return local.startsWith("保定") || BAODING_DIVISIONS.stream().anyMatch(local::startsWith);
  }

  private static String level(String division) {
    if (division.equals("100000")) {
      return "国家级登记";
    }
    return division.endsWith("0000") ? "省级登记" : "非保定市登记";
  }
}
