package org.qualityaward.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

class PersonalDataSettingsTest {

  @Test
  @DisplayName("outside demo, no key: start-up is refused, naming qa.personal-data.key and QA_PERSONAL_DATA_KEY")
  void refusesWithoutKey() {
    MockEnvironment environment = new MockEnvironment().withProperty("qa.personal-data.key", "");
    environment.setActiveProfiles("postgres");

    assertThatThrownBy(() -> PersonalDataSettings.personalDataKeyRequired(environment)
        .postProcessBeanFactory(new DefaultListableBeanFactory()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("未配置个人信息加密密钥")
        .hasMessageContaining("qa.personal-data.key")
        .hasMessageContaining("QA_PERSONAL_DATA_KEY")
        .hasMessageContaining("openssl rand -base64 32");
  }

  @Test
  @DisplayName("a key that is not the base64 of 32 bytes is refused, naming the setting")
  void refusesWrongKey() {
    String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
    for (String wrong : new String[] {"not base64!", shortKey}) {
      assertThatThrownBy(() -> PersonalDataSettings.secret(new MockEnvironment()
          .withProperty("qa.personal-data.key", wrong)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("qa.personal-data.key");
    }
  }

  @Test
  @DisplayName("a configured key is used as it is")
  void configuredKey() {
    byte[] key = new byte[32];
    key[0] = 42;
    MockEnvironment environment = new MockEnvironment()
        .withProperty("qa.personal-data.key", Base64.getEncoder().encodeToString(key));

    assertThat(PersonalDataSettings.secret(environment)).isEqualTo(key);
  }

  @Test
  @DisplayName("the demo profile makes a key once, in its file, and reads the same key at every later start")
  void demoMakesKeyOnce(@TempDir Path data) throws Exception {
    Path file = data.resolve("data/personal-data.key");
    MockEnvironment environment = new MockEnvironment()
        .withProperty("qa.personal-data.demo-key-file", file.toString());
    environment.setActiveProfiles("demo");

    byte[] first = PersonalDataSettings.secret(environment);

    assertThat(first).hasSize(32);
    assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).isEqualTo(first);
    assertThat(PersonalDataSettings.secret(environment)).isEqualTo(first);
  }
}
