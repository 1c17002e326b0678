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
    MockEnvironment environment = postgres().withProperty("spring.datasource.password", "${QA_DB_PASSWORD}");

    assertThatThrownBy(() -> DatabaseSettingsCheck.databaseSettingsChecked(environment)
        .postProcessBeanFactory(new DefaultListableBeanFactory()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("QA_DB_PASSWORD");
  }

  @Test
  @DisplayName("postgres profile with a password starts; so does the demo on H2, and a start with no profile and no QA_DB_URL")
  void acceptsPassword() {
    assertThatCode(() -> DatabaseSettingsCheck.check(postgres().withProperty("spring.datasource.password", "s3cret")
        .withProperty("QA_DB_URL", "jdbc:postgresql://db:5432/quality_award"))).doesNotThrowAnyException();
    MockEnvironment demo = new MockEnvironment();
    demo.setActiveProfiles("demo");
    assertThatCode(() -> DatabaseSettingsCheck.check(demo)).doesNotThrowAnyException();
    assertThatCode(() -> DatabaseSettingsCheck.check(new MockEnvironment())).doesNotThrowAnyException();
  }

  @Test
  @DisplayName("QA_DB_URL without the postgres profile refuses to start instead of running on a local H2 file")
  void refusesUrlWithoutProfile() {
    MockEnvironment environment = new MockEnvironment()
        .withProperty("QA_DB_URL", "jdbc:postgresql://db:5432/quality_award");

    assertThatThrownBy(() -> DatabaseSettingsCheck.check(environment))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SPRING_PROFILES_ACTIVE=postgres");
  }

  @Test
  @DisplayName("demo with postgres refuses to start: no demo/demo administrator or demo clock in a real database")
  void refusesDemoOnPostgres() {
    MockEnvironment environment = postgres().withProperty("spring.datasource.password", "s3cret");
    environment.setActiveProfiles("postgres", "demo");

    assertThatThrownBy(() -> DatabaseSettingsCheck.check(environment))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("demo");
  }

  private static MockEnvironment postgres() {
    MockEnvironment environment = new MockEnvironment();
    environment.setActiveProfiles("postgres");
    return environment;
  }
}
