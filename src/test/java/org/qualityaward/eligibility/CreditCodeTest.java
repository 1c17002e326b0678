package org.qualityaward.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

  static final String BAODING = Codes.creditCode("91130602", "MA0E1234");

  @ParameterizedTest
  @ValueSource(
      strings = {
        // DESIGN §7 example; published codes of Huawei, Tencent and Alibaba, checked by hand.
        "91130602MA0E12342B",
        "914403001922038216",
        "9144030071526726XG",
        "91330100799655058B",
      })
  @DisplayName("GB 32100: published codes pass both check characters")
  void publishedCodesAreValid(String code) {
    assertThat(CreditCode.check(code)).isEqualTo(CodeCheck.OK);
  }

  @Test
  @DisplayName("GB 32100: codes computed by the test helper pass, including check characters X and 0")
  void computedCodesAreValid() {
    assertThat(BAODING).isEqualTo("91130602MA0E12342B");
    int withX = 0;
    int withZero = 0;
    for (int n = 10_000_000; n < 10_000_200; n++) {
      String code = Codes.creditCode("51130600", Integer.toString(n));
      assertThat(CreditCode.isValid(code)).as(code).isTrue();
      withX += code.charAt(16) == 'X' ? 1 : 0;
      withZero += code.charAt(16) == '0' ? 1 : 0;
    }
    assertThat(withX).isPositive();
    assertThat(withZero).isPositive();
  }

  @Test
  @DisplayName("GB 32100: the check character message names expected and actual")
  void wrongCheckCharacter() {
    CodeCheck check = CreditCode.check("91130602MA0E12342C");
    assertThat(check.valid()).isFalse();
    assertThat(check.position()).isEqualTo(18);
    assertThat(check.message()).startsWith("第18位校验码应为 B，实际为 C");
  }

  @ParameterizedTest(name = "position {0} changed to {1} is reported at position {2}")
  @CsvSource({
    "1, B, 1", // not a registration authority
    "2, 5, 2", // 工商 (9) has entity types 1–3 only
    "3, A, 3", // division code must be digits
    "5, 9, 18", // another valid division: only the final check catches it
    "8, K, 8",
    "9, N, 17", // organisation code body: its own check character catches it
    "12, 7, 17",
    "16, 0, 17",
    "17, 3, 17",
    "18, 8, 18",
  })
  @DisplayName("GB 32100: a wrong character is reported at the position where it is detected")
  void wrongCharacterAtEachPart(int position, char replacement, int reported) {
    CodeCheck check = CreditCode.check(Codes.replaceAt(BAODING, position, replacement));
    assertThat(check.valid()).isFalse();
    assertThat(check.position()).isEqualTo(reported);
    assertThat(check.message()).startsWith("第" + reported + "位");
  }

  @Test
  @DisplayName("GB 32100: every single-character change of a valid code is refused")
  void everySingleChangeIsRefused() {
    for (int position = 1; position <= 18; position++) {
      for (char c : CreditCode.CHARSET.toCharArray()) {
        if (c != BAODING.charAt(position - 1)) {
          assertThat(CreditCode.isValid(Codes.replaceAt(BAODING, position, c)))
              .as("position %d → %c", position, c)
              .isFalse();
        }
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"I, 除 I、O、Z、S、V 外", "O, 除 I、O、Z、S、V 外", "m, 字母须大写"})
  @DisplayName("GB 32100: letters outside the 31-character set are named")
  void lettersOutsideTheSet(char letter, String hint) {
    CodeCheck check = CreditCode.check(Codes.replaceAt(BAODING, 9, letter));
    assertThat(check.position()).isEqualTo(9);
    assertThat(check.message()).contains("第9位字符“" + letter + "”不合法").contains(hint);
  }

  @Test
  @DisplayName("GB 32100: wrong length and empty input")
  void wrongLength() {
    assertThat(CreditCode.check(BAODING.substring(1)).message()).contains("应为18位，实际为 17 位");
    assertThat(CreditCode.check("").message()).contains("不能为空");
    assertThat(CreditCode.check(null).valid()).isFalse();
  }

  @Test
  @DisplayName("GB 32100: characters 3–8 are the administrative division code")
  void divisionCode() {
    assertThat(CreditCode.divisionCode(BAODING)).isEqualTo("130602");
    assertThatThrownBy(() -> CreditCode.divisionCode("91130602MA0E12342C"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
