package org.qualityaward.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

class DatabaseSettingsCheckTest {

  @Test
  @DisplayName("postgres profile without QA_DB_PASSWORD refuses to start, naming the variable")
  void refusesWithoutPassword() {
    MockEnvironment environment = new MockEnvironment()
        .withProperty("spring.datasource.password", "${QA_DB_PASSWORD}");

    assertThatThrownBy(() -> DatabaseSettingsCheck.databasePasswordRequired(environment)
        .postProcessBeanFactory(new DefaultListableBeanFactory()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("QA_DB_PASSWORD");
  }

  @Test
  @DisplayName("postgres profile with a password starts")
  void acceptsPassword() {
    MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.password", "s3cret");

    assertThatCode(() -> DatabaseSettingsCheck.databasePasswordRequired(environment)
        .postProcessBeanFactory(new DefaultListableBeanFactory())).doesNotThrowAnyException();
  }
}
