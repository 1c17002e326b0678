package org.qualityaward.eligibility;

import java.util.Map;

/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters — 1 registration
 * authority, 2 entity type, 3–8 administrative division (GB/T 2260), 9–17 organisation code
 * (GB 11714, its last character a check character), 18 check character mod 31.
 */
public final class CreditCode {

  static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  /**
   * Entity types per registration authority (GB 32100-2015 table 1). Authorities not listed
   * here (2 外交 … 8 工会, A 军队, N 农业) accept any type digit 1–9, so a real code is never
   * refused for a table we do not carry in full.
   */
  private static final Map<Character, String> TYPES_BY_AUTHORITY =
      Map.of('1', "1239", '5', "1239", '9', "123", 'Y', "1");

  private static final String AUTHORITIES = "123456789ANY";

  private CreditCode() {}

  public static CodeCheck check(String code) {
    if (code == null || code.isEmpty()) {
      return CodeCheck.wrong("统一社会信用代码不能为空（credit code is empty）");
    }
    if (code.length() != 18) {
      return CodeCheck.wrong(
          "统一社会信用代码应为18位，实际为 %d 位（must have 18 characters）".formatted(code.length()));
    }
    for (int i = 0; i < 18; i++) {
      char c = code.charAt(i);
      if (CHARSET.indexOf(c) < 0) {
        String hint =
            Character.isLowerCase(c) ? "字母须大写" : "只用数字和除 I、O、Z、S、V 外的大写字母";
        return CodeCheck.wrongAt(
            i + 1,
            "第%d位字符“%c”不合法：%s（invalid character at position %d）"
                .formatted(i + 1, c, hint, i + 1));
      }
    }
    char authority = code.charAt(0);
    if (AUTHORITIES.indexOf(authority) < 0) {
      return CodeCheck.wrongAt(
          1,
          "第1位登记管理部门代码“%c”不存在（unknown registration authority）".formatted(authority));
    }
    char type = code.charAt(1);
    String types = TYPES_BY_AUTHORITY.getOrDefault(authority, "123456789");
    if (types.indexOf(type) < 0) {
      return CodeCheck.wrongAt(
          2,
          "第2位机构类别代码“%c”不属于登记管理部门“%c”，应为 %s 之一（unknown entity type）"
              .formatted(type, authority, String.join("、", types.split(""))));
    }
    for (int i = 2; i < 8; i++) {
      if (!Character.isDigit(code.charAt(i))) {
        return CodeCheck.wrongAt(
            i + 1,
            "第%d位应为数字：第3–8位是登记管理机关行政区划码（division code must be digits）"
                .formatted(i + 1));
      }
    }
    char organisationCheck = organisationCheckChar(code.substring(8, 16));
    if (code.charAt(16) != organisationCheck) {
      return CodeCheck.wrongAt(
          17,
          "第17位组织机构代码校验码应为 %c，实际为 %c（或第9–16位有误）（organisation code check character）"
              .formatted(organisationCheck, code.charAt(16)));
    }
    char check = checkChar(code.substring(0, 17));
    if (code.charAt(17) != check) {
      return CodeCheck.wrongAt(
          18,
          "第18位校验码应为 %c，实际为 %c（或前17位有误）（check character）"
              .formatted(check, code.charAt(17)));
    }
    return CodeCheck.OK;
  }

  public static boolean isValid(String code) {
    return check(code).valid();
  }

  /** Characters 3–8: the registering authority's administrative division (GB/T 2260). */
  public static String divisionCode(String code) {
    if (!isValid(code)) {
      throw new IllegalArgumentException("不是有效的统一社会信用代码：" + code);
    }
    return code.substring(2, 8);
  }

  /** GB 11714: characters take their base-36 value (A=10 … Z=35), unlike the GB 32100 set. */
  static char organisationCheckChar(String first8) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += Character.digit(first8.charAt(i), 36) * ORGANISATION_WEIGHTS[i];
    }
    int value = 11 - sum % 11;
    return value == 10 ? 'X' : value == 11 ? '0' : (char) ('0' + value);
  }

  static char checkChar(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    return CHARSET.charAt((31 - sum % 31) % 31);
  }
}
