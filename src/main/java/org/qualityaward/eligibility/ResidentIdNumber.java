package org.qualityaward.eligibility;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Resident identity number (公民身份号码, GB 11643-1999): 6 digits address code, 8 digits birth
 * date yyyyMMdd, 3 digits sequence, 1 check character (ISO 7064 MOD 11-2, 0–9 or X).
 */
public final class ResidentIdNumber {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARS = "10X98765432";

  private ResidentIdNumber() {}

  public static CodeCheck check(String number) {
    if (number == null || number.isEmpty()) {
      return CodeCheck.wrong("公民身份号码不能为空（ID number is empty）");
    }
    if (number.length() != 18) {
      return CodeCheck.wrong(
          "公民身份号码应为18位，实际为 %d 位（must have 18 characters）".formatted(number.length()));
    }
    for (int i = 0; i < 17; i++) {
      if (!isAsciiDigit(number.charAt(i))) {
        return CodeCheck.wrongAt(
            i + 1,
            "第%d位字符“%c”应为数字（digit expected at position %d）"
                .formatted(i + 1, number.charAt(i), i + 1));
      }
    }
    char last = number.charAt(17);
    if (last == 'x') {
      return CodeCheck.wrongAt(18, "第18位应为大写 X（upper-case X expected）");
    }
    if (!isAsciiDigit(last) && last != 'X') {
      return CodeCheck.wrongAt(
          18, "第18位字符“%c”应为数字或 X（digit or X expected）".formatted(last));
    }
    CodeCheck birth = checkBirthDate(number.substring(6, 14));
    if (!birth.valid()) {
      return birth;
    }
    char check = checkChar(number.substring(0, 17));
    if (last != check) {
      return CodeCheck.wrongAt(
          18,
          "第18位校验码应为 %c，实际为 %c（或前17位有误）（check character）".formatted(check, last));
    }
    return CodeCheck.OK;
  }

  public static boolean isValid(String number) {
    return check(number).valid();
  }

  /**
   * {@code 130602********1234}: the address code and the last four, as shown to everyone but the quality
   * office (个人信息保护法: 最小必要); null stays null, a short value is masked whole.
   */
  public static String masked(String number) {
    if (number == null) {
      return null;
    }
    return number.length() <= 10 ? "*".repeat(number.length())
        : number.substring(0, 6) + "*".repeat(number.length() - 10) + number.substring(number.length() - 4);
  }

  private static CodeCheck checkBirthDate(String yyyymmdd) {
    int year = Integer.parseInt(yyyymmdd.substring(0, 4));
    int month = Integer.parseInt(yyyymmdd.substring(4, 6));
    int day = Integer.parseInt(yyyymmdd.substring(6, 8));
    if (year < 1800) {
      return CodeCheck.wrongAt(
          7, "第7–10位出生年份 %s 无效（birth year）".formatted(yyyymmdd.substring(0, 4)));
    }
    if (month < 1 || month > 12) {
      return CodeCheck.wrongAt(11, "第11–12位出生月份 %02d 无效（birth month）".formatted(month));
    }
    LocalDate birthDate;
    try {
      birthDate = LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return CodeCheck.wrongAt(
          13, "第13–14位出生日 %02d 在 %d年%d月 不存在（birth day）".formatted(day, year, month));
    }
    if (birthDate.isAfter(LocalDate.now())) {
      return CodeCheck.wrongAt(
          7, "第7–14位出生日期 %s 晚于今天（birth date in the future）".formatted(birthDate));
    }
    return CodeCheck.OK;
  }

  static char checkChar(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARS.charAt(sum % 11);
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
