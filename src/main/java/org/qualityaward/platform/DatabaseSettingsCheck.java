package org.qualityaward.platform;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Settings that would otherwise start a node on the wrong database, or with demo users on a real one, checked
 * before any bean is created, each refusal naming what to set:
 * <ul>
 *   <li>the postgres profile has no default password; without one the operator would only see a refused login
 *       deep in the pool's start;</li>
 *   <li>{@code QA_DB_URL} set without the postgres profile: the node would start on its own H2 file beside the
 *       others' PostgreSQL (the variable is read by the postgres profile only) and take part of the users' work
 *       into a private database;</li>
 *   <li>the demo profile with postgres: it creates the administrator demo/demo (exempt from the password policy)
 *       and the movable demo clock, which would stay in a real database.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class DatabaseSettingsCheck {

  static final String MISSING_PASSWORD = "未配置数据库密码：请设置环境变量 QA_DB_PASSWORD"
      + "（no database password: set QA_DB_PASSWORD for the postgres profile）";
  static final String URL_WITHOUT_PROFILE = "已设置 QA_DB_URL，但未启用 postgres 配置，应用将使用本机的 H2 文件数据库："
      + "请设置 SPRING_PROFILES_ACTIVE=postgres（QA_DB_URL is set but the postgres profile is not active:"
      + " set SPRING_PROFILES_ACTIVE=postgres）";
  static final String DEMO_ON_POSTGRES = "demo 配置（演示用户 demo/demo、演示时钟）不能与 postgres 配置同时启用："
      + "生产数据库请只用 postgres（the demo profile creates demo users and a movable clock: not with postgres）";

  @Bean
  static BeanFactoryPostProcessor databaseSettingsChecked(Environment environment) {
    return beanFactory -> check(environment);
  }

  static void check(Environment environment) {
    boolean postgres = environment.matchesProfiles("postgres");
    if (!postgres && !environment.getProperty("QA_DB_URL", "").isBlank()) {
      throw new IllegalStateException(URL_WITHOUT_PROFILE);
    }
    if (postgres && environment.matchesProfiles("demo")) {
      throw new IllegalStateException(DEMO_ON_POSTGRES);
    }
    if (postgres && !hasPassword(environment)) {
      throw new IllegalStateException(MISSING_PASSWORD);
    }
  }

  static boolean hasPassword(Environment environment) {
    try {
      return !environment.getProperty("spring.datasource.password", "").isBlank();
    } catch (IllegalArgumentException unresolvedPlaceholder) {
      return false;
    }
  }
}
