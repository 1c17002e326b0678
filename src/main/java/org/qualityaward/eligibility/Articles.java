package org.qualityaward.eligibility;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules' article codes as the Measures cite them: 「Art 11(2)」 is 第十一条第（二）项. */
public final class Articles {

  private static final Pattern CODE = Pattern.compile("Art (\\d{1,2})(?:\\((\\d{1,2})\\))?");
  private static final String DIGITS = "〇一二三四五六七八九";

  private Articles() {}

  public static String chinese(String code) {
    if (code == null) {
      return "";
    }
    Matcher m = CODE.matcher(code);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String article = "第" + numeral(Integer.parseInt(m.group(1))) + "条"
          + (m.group(2) == null ? "" : "第（" + numeral(Integer.parseInt(m.group(2))) + "）项");
      m.appendReplacement(out, article);
    }
    m.appendTail(out);
    return out.toString();
  }

  /** 1–99 in Chinese numerals: 十一, 二十, 三十三. */
  static String numeral(int n) {
    if (n < 10) {
      return String.valueOf(DIGITS.charAt(n));
    }
    int tens = n / 10;
    int ones = n % 10;
    return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十" + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
  }
}
