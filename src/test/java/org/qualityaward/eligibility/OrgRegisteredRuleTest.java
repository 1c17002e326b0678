package org.qualityaward.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.eligibility.Applicant.DEADLINE;
import static org.qualityaward.eligibility.Applicant.eligible;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrgRegisteredRuleTest {

  private static final String PROVINCIAL_CODE = Codes.creditCode("91130000", "MA0E1234");

  private final OrgRegisteredRule rule = new OrgRegisteredRule();

  @Test
  @DisplayName("Art 11(2): registered exactly 5 years before the deadline is eligible (以上 is inclusive)")
  void exactlyFiveYears() {
    Finding finding = rule.check(eligible().registeredOn(DEADLINE.minusYears(5)).organization());
    assertThat(finding.passed()).isTrue();
    assertThat(finding.rule()).isEqualTo("ORG-REGISTERED");
    assertThat(finding.article()).isEqualTo("Art 11(2)");
    assertThat(finding.message())
        .contains("住所“河北省保定市竞秀区朝阳北大街 1 号”在保定市，登记机关为保定市竞秀区市场监督管理局")
        .contains("130602 属保定市")
        .contains("2022-03-31 注册登记，至申报截止日 2027-03-31 已满5年");
  }

  @Test
  @DisplayName("Art 11(2): registered one day short of 5 years at the deadline is not eligible")
  void oneDayShort() {
    Finding finding =
        rule.check(eligible().registeredOn(DEADLINE.minusYears(5).plusDays(1)).organization());
    assertThat(finding.passed()).isFalse();
    assertThat(finding.message()).contains("未满5年（满5年之日为 2027-04-01）");
  }

  @Test
  @DisplayName("Art 11(2): 29 Feb registration completes 5 years on 28 Feb")
  void leapDay() {
    var registered = eligible().registeredOn(LocalDate.of(2020, 2, 29));
    assertThat(rule.check(registered.deadline(LocalDate.of(2025, 2, 28)).organization()).passed())
        .isTrue();
    assertThat(rule.check(registered.deadline(LocalDate.of(2025, 2, 27)).organization()).passed())
        .isFalse();
  }

  @Test
  @DisplayName("Art 11(2): a Baoding code (130602) with a Baoding address is registered in Baoding, nothing to confirm")
  void baodingDistrict() {
    Finding finding = rule.check(eligible().organization());
    assertThat(finding.passed()).isTrue();
    assertThat(finding.toConfirm()).isFalse();
  }

  @Test
  @DisplayName("Art 11(2): a county's address without the city's name (涿州市…) lies in Baoding")
  void countyAddress() {
    Finding finding = rule.check(eligible()
        .registeredWith("涿州市市场监督管理局", "涿州市开发区华阳东路 8 号").organization());
    assertThat(finding.passed()).isTrue();
    assertThat(finding.toConfirm()).isFalse();
  }

  @Test
  @DisplayName("Art 11(2): a provincial code (130000) with a Baoding address passes, marked 需核实 for the office")
  void provincialCodeToConfirm() {
    Finding finding = rule.check(eligible().creditCode(PROVINCIAL_CODE)
        .registeredWith("河北省市场监督管理局", "河北省保定市莲池区东风东路 9 号").organization());
    assertThat(finding.passed()).isTrue();
    assertThat(finding.toConfirm()).isTrue();
    assertThat(finding.message()).contains(
        "统一社会信用代码登记管理机关行政区划码为 130000（省级登记），住所在保定市（河北省保定市莲池区东风东路 9 号），"
            + "登记机关为河北省市场监督管理局，需核实：请资格审查时核实");
  }

  @Test
  @DisplayName("Art 11(2): an address outside Baoding fails, whatever the code says")
  void addressOutsideBaoding() {
    for (String code : new String[] {Applicant.ORG_CODE, PROVINCIAL_CODE}) {
      Finding finding = rule.check(eligible().creditCode(code)
          .registeredWith("河北省市场监督管理局", "河北省石家庄市长安区中山东路 1 号").organization());
      assertThat(finding.passed()).isFalse();
      assertThat(finding.toConfirm()).isFalse();
      assertThat(finding.message()).contains("住所“河北省石家庄市长安区中山东路 1 号”不在保定市行政区域内");
    }
  }

  @Test
  @DisplayName("Art 11(2): another city's authority cannot have registered a firm domiciled in Baoding")
  void otherCityAuthority() {
    Finding finding = rule.check(eligible()
        .registeredWith("石家庄市市场监督管理局", "河北省保定市竞秀区朝阳北大街 1 号").organization());
    assertThat(finding.passed()).isFalse();
    assertThat(finding.message()).contains("登记机关“石家庄市市场监督管理局”既非保定市及所辖县（市、区）的，也非省级或国家级登记机关");
  }

  @Test
  @DisplayName("Art 11(2): a provincial code with a Baoding address but under 5 years fails, not to confirm")
  void provincialUnderFiveYears() {
    Finding finding = rule.check(eligible().creditCode(PROVINCIAL_CODE)
        .registeredWith("河北省市场监督管理局", "河北省保定市莲池区东风东路 9 号")
        .registeredOn(DEADLINE.minusYears(5).plusDays(1)).organization());
    assertThat(finding.passed()).isFalse();
    assertThat(finding.toConfirm()).isFalse();
    assertThat(finding.message()).contains("未满5年");
  }

  @Test
  @DisplayName("Art 11(2): a case stored before the address was asked is judged by its code (130102 fails)")
  void shijiazhuang() {
    Finding finding = rule.check(eligible().creditCode(Applicant.SHIJIAZHUANG_CODE)
        .registeredWith(null, null).organization());
    assertThat(finding.passed()).isFalse();
    assertThat(finding.message()).contains("未申报住所").contains("130102 不属保定市（应以 1306 开头）");
  }

  @Test
  @DisplayName("Art 11(2): an invalid credit code cannot show registration in Baoding")
  void invalidCode() {
    Finding finding = rule.check(eligible().creditCode("91130602MA0E12342C").organization());
    assertThat(finding.passed()).isFalse();
    assertThat(finding.message()).contains("无法判断注册地：第18位校验码应为 B，实际为 C");
  }
}
