package org.qualityaward.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The key of {@link PersonalDataCipher}: {@code qa.personal-data.key} (env {@code QA_PERSONAL_DATA_KEY}), the
 * base64 of 32 random bytes. There is no default key: without one the application refuses to start, except
 * in the demo profile, which makes one once and keeps it beside its H2 data ({@code
 * qa.personal-data.demo-key-file}), so the demo's records stay readable across restarts.
 */
@Configuration(proxyBeanMethods = false)
public class PersonalDataSettings {

  static final String KEY = "qa.personal-data.key";
  static final String DEMO_KEY_FILE = "qa.personal-data.demo-key-file";

  static final String HOW_TO = "请设置 " + KEY + "（环境变量 QA_PERSONAL_DATA_KEY，32 字节随机数的 Base64，"
      + "可用 openssl rand -base64 32 生成），或以 demo 配置运行（--spring.profiles.active=demo）。"
      + " Set " + KEY + " (environment QA_PERSONAL_DATA_KEY) to the base64 of 32 random bytes"
      + " (openssl rand -base64 32), or run with the demo profile.";

  /** Checked before any bean is created, so a missing key stops the start with this message alone. */
  @Bean
  static BeanFactoryPostProcessor personalDataKeyRequired(Environment environment) {
    return beanFactory -> secret(environment);
  }

  @Bean
  PersonalDataCipher personalDataCipher(Environment environment) {
    return new PersonalDataCipher(secret(environment));
  }

  static byte[] secret(Environment environment) {
    String configured = environment.getProperty(KEY, "").strip();
    if (!configured.isEmpty()) {
      return decode(configured, KEY);
    }
    if (environment.matchesProfiles("demo")) {
      return demoSecret(Path.of(environment.getRequiredProperty(DEMO_KEY_FILE)));
    }
    throw new IllegalStateException("未配置个人信息加密密钥，拒绝启动（no key for personal data）。" + HOW_TO);
  }

  private static byte[] demoSecret(Path file) {
    try {
      if (Files.notExists(file)) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] secret = new byte[PersonalDataCipher.SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        Files.writeString(file, Base64.getEncoder().encodeToString(secret) + "\n");
      }
      return decode(Files.readString(file).strip(), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("demo 个人信息密钥文件 " + file + " 无法读写（demo key file）", e);
    }
  }

  private static byte[] decode(String base64, String source) {
    byte[] secret;
    try {
      secret = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(source + " 不是 Base64（is not base64）。" + HOW_TO);
    }
    if (secret.length != PersonalDataCipher.SECRET_BYTES) {
      throw new IllegalStateException(source + " 应为 32 字节，实际为 " + secret.length + " 字节（must be 32 bytes）。"
          + HOW_TO);
    }
    return secret;
  }
}
