package org.qualityaward.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

  static final String ID_NUMBER = "11010519491231002X";

  private final PersonalDataCipher cipher = new PersonalDataCipher(secret(7));

  private static byte[] secret(int fill) {
    byte[] secret = new byte[32];
    Arrays.fill(secret, (byte) fill);
    return secret;
  }

  @Test
  @DisplayName("AES-256-GCM: the stored text is v1:<base64>, never the plaintext, different every time, and reads back")
  void roundTrip() {
    String first = cipher.encrypt(ID_NUMBER);
    String second = cipher.encrypt(ID_NUMBER);

    assertThat(first).startsWith("v1:").doesNotContain(ID_NUMBER).isNotEqualTo(second);
    // 12 bytes IV, 18 bytes ciphertext, 16 bytes tag
    assertThat(Base64.getDecoder().decode(first.substring(3))).hasSize(12 + 18 + 16);
    assertThat(cipher.decrypt(first)).isEqualTo(ID_NUMBER);
    assertThat(cipher.decrypt(second)).isEqualTo(ID_NUMBER);
    assertThat(cipher.encrypt(null)).isNull();
    assertThat(cipher.decrypt(null)).isNull();
  }

  @Test
  @DisplayName("a changed byte, another key, plain text or a truncated value is refused, never read as something else")
  void refusesTampering() {
    String stored = cipher.encrypt(ID_NUMBER);
    byte[] bytes = Base64.getDecoder().decode(stored.substring(3));
    bytes[20] ^= 1;
    String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);

    for (String bad : new String[] {tampered, ID_NUMBER, stored.substring(0, 20), "v1:not base64!"}) {
      assertThatThrownBy(() -> cipher.decrypt(bad)).as(bad)
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("qa.personal-data.key");
    }
    assertThatThrownBy(() -> new PersonalDataCipher(secret(8)).decrypt(stored))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  @DisplayName("the lookup hash is the same for the same number under the same key, and reveals neither")
  void lookupHash() {
    String hash = cipher.lookupHash(ID_NUMBER);

    assertThat(hash).hasSize(44).doesNotContain(ID_NUMBER).isEqualTo(cipher.lookupHash(ID_NUMBER));
    assertThat(cipher.lookupHash("440524188001010014")).isNotEqualTo(hash);
    assertThat(new PersonalDataCipher(secret(8)).lookupHash(ID_NUMBER)).isNotEqualTo(hash);
    assertThat(cipher.lookupHash(null)).isNull();
  }
}
