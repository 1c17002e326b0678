package org.qualityaward.platform;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * The postgres profile has no default password. Without one the operator would only see a
 * refused login deep in the pool's start; this check stops before any bean is created and names
 * the variable to set.
 */
@Configuration(proxyBeanMethods = false)
@Profile("postgres")
class DatabaseSettingsCheck {

  static final String MISSING_PASSWORD = "未配置数据库密码：请设置环境变量 QA_DB_PASSWORD"
      + "（no database password: set QA_DB_PASSWORD for the postgres profile）";

  @Bean
  static BeanFactoryPostProcessor databasePasswordRequired(Environment environment) {
    return beanFactory -> {
      if (!hasPassword(environment)) {
        throw new IllegalStateException(MISSING_PASSWORD);
      }
    };
  }

  static boolean hasPassword(Environment environment) {
    try {
      return !environment.getProperty("spring.datasource.password", "").isBlank();
    } catch (IllegalArgumentException unresolvedPlaceholder) {
      return false;
    }
  }
}
