package org.qualityaward.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

  static final String BAODING_1985 = Codes.idNumber("13060219850612001");

  @ParameterizedTest
  @ValueSource(strings = {"11010519491231002X", "440524188001010014"})
  @DisplayName("GB 11643: the standard's own examples are valid")
  void standardExamples(String number) {
    assertThat(ResidentIdNumber.check(number)).isEqualTo(CodeCheck.OK);
  }

  @Test
  @DisplayName("GB 11643: numbers computed by the test helper are valid, X included")
  void computedNumbers() {
    int withX = 0;
    for (int seq = 100; seq < 200; seq++) {
      String number = Codes.idNumber("13060219850612" + seq);
      assertThat(ResidentIdNumber.isValid(number)).as(number).isTrue();
      withX += number.endsWith("X") ? 1 : 0;
    }
    assertThat(withX).isPositive();
  }

  @ParameterizedTest(name = "position {0} changed to {1} is reported at position {2}")
  @CsvSource({
    "1, A, 1",
    "4, 9, 18", // another address digit: only the check character catches it
    "7, 0, 7", // year 0985
    "9, 1, 18", // 1915-06-12 is a real date: only the check character catches it
    "11, 1, 11", // month 16
    "12, 0, 11", // month 00
    "13, 4, 13", // day 42
    "16, 5, 18",
    "18, Y, 18",
  })
  @DisplayName("GB 11643: a wrong character is reported where it is detected")
  void wrongCharacter(int position, char replacement, int reported) {
    CodeCheck check = ResidentIdNumber.check(Codes.replaceAt(BAODING_1985, position, replacement));
    assertThat(check.valid()).isFalse();
    assertThat(check.position()).isEqualTo(reported);
    assertThat(check.message()).startsWith("第" + reported);
  }

  @Test
  @DisplayName("GB 11643: the check character message names expected and actual")
  void wrongCheckCharacter() {
    char expected = BAODING_1985.charAt(17);
    char wrong = expected == '1' ? '2' : '1';
    CodeCheck check = ResidentIdNumber.check(Codes.replaceAt(BAODING_1985, 18, wrong));
    assertThat(check.message()).startsWith("第18位校验码应为 " + expected + "，实际为 " + wrong);
  }

  @Test
  @DisplayName("GB 11643: every single-digit change is refused")
  void everySingleChangeIsRefused() {
    for (int position = 1; position <= 18; position++) {
      for (char c : "0123456789X".toCharArray()) {
        if (c != BAODING_1985.charAt(position - 1)) {
          assertThat(ResidentIdNumber.isValid(Codes.replaceAt(BAODING_1985, position, c)))
              .as("position %d → %c", position, c)
              .isFalse();
        }
      }
    }
  }

  @Test
  @DisplayName("GB 11643: birth date must exist (29 Feb only in leap years)")
  void birthDate() {
    assertThat(ResidentIdNumber.isValid(Codes.idNumber("13060220000229001"))).isTrue();
    CodeCheck check = ResidentIdNumber.check(Codes.idNumber("13060219990229001"));
    assertThat(check.position()).isEqualTo(13);
    assertThat(check.message()).contains("出生日 29 在 1999年2月 不存在");
    assertThat(ResidentIdNumber.check(Codes.idNumber("13060229990101001")).message())
        .contains("晚于今天");
  }

  @Test
  @DisplayName("GB 11643: lower-case x, 15-digit numbers and empty input are refused")
  void formatErrors() {
    assertThat(ResidentIdNumber.check("11010519491231002x").message()).contains("大写 X");
    assertThat(ResidentIdNumber.check("130602850612001").message()).contains("实际为 15 位");
    assertThat(ResidentIdNumber.check("").message()).contains("不能为空");
  }

  @Test
  @DisplayName("PIPL: shown masked, the address code and the last four only")
  void masked() {
    assertThat(ResidentIdNumber.masked("11010519491231002X")).isEqualTo("110105********002X");
    assertThat(ResidentIdNumber.masked("1234567890")).isEqualTo("**********");
    assertThat(ResidentIdNumber.masked(null)).isNull();
  }
}
