package org.qualityaward.testing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qualityaward.application.ApplicationSubmission;
import org.qualityaward.application.ConditionPoints;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.eligibility.Declarations;
import org.qualityaward.eligibility.EvidenceMark;
import org.qualityaward.eligibility.IndividualProfile;
import org.qualityaward.eligibility.OrganizationProfile;

/** Applications as a Baoding office would receive them, with codes whose check characters are right. */
public final class SampleApplications {

  private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  private SampleApplications() {}

  /** A valid unified social credit code for a company registered in {@code division}. */
  public static String creditCode(String division, int serial) {
    String org = String.format("MA%06d", serial);
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += Character.digit(org.charAt(i), 36) * ORG_WEIGHTS[i];
    }
    int c9 = 11 - sum % 11;
    String body = "91" + division + org + (c9 == 10 ? "X" : c9 == 11 ? "0" : String.valueOf(c9));
    sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CODE_CHARS.indexOf(body.charAt(i)) * CODE_WEIGHTS[i];
    }
    return body + CODE_CHARS.charAt((31 - sum % 31) % 31);
  }

  /** A valid resident ID number of someone born in Baoding on {@code birth}. */
  public static String idNumber(LocalDate birth, int serial) {
    String body = "130602" + birth.toString().replace("-", "") + String.format("%03d", serial);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    return body + "10X98765432".charAt(sum % 11);
  }

  public static ApplicationSubmission organization(Long editionId, String recommenderCode, int serial,
      LocalDate registeredOn) {
    return new ApplicationSubmission(editionId, ApplicationKind.ORGANIZATION, recommenderCode,
        new OrganizationProfile("保定某精密机械有限公司" + serial, creditCode("130602", serial), registeredOn,
            "保定市竞秀区市场监督管理局", "河北省保定市竞秀区朝阳北大街 1 号", null, "C34", true, "张三"),
        null, cleanDeclarations(), "推行卓越绩效模式十年，质量损失率逐年下降。",
        List.of(new EvidenceMark("首席质量官任命文件.pdf", false), new EvidenceMark("工艺诀窍.pdf", true)),
        statements(ApplicationKind.ORGANIZATION));
  }

  /** A person who is not the top manager of their employer, a C36 (automobile) company. */
  public static ApplicationSubmission individual(Long editionId, String recommenderCode, int serial,
      LocalDate qualityWorkSince) {
    return new ApplicationSubmission(editionId, ApplicationKind.INDIVIDUAL, recommenderCode, null,
        new IndividualProfile("李四" + serial, idNumber(LocalDate.of(1980, 1, 1), serial), creditCode("130602", 900 + serial),
            qualityWorkSince, false, "C36"),
        cleanDeclarations(), "主持质量管理小组活动二十项。", List.of(new EvidenceMark("成果证书.pdf", false)),
        statements(ApplicationKind.INDIVIDUAL));
  }

  /** A statement for each condition of the kind that people judge (Art 11, 12), naming its material. */
  public static Map<String, String> statements(ApplicationKind kind) {
    Map<String, String> statements = new LinkedHashMap<>();
    ConditionPoints.declared(kind).forEach(p -> statements.put(p.code(), "符合：" + p.declaration() + "，见材料1。"));
    return statements;
  }

  private static Declarations cleanDeclarations() {
    return new Declarations(true, List.of(), List.of());
  }
}
