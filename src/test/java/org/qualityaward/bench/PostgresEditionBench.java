package org.qualityaward.bench;

import java.util.Map;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole edition on PostgreSQL under the {@code postgres} profile, when {@code QA_TEST_POSTGRES_URL}
 * names a database as in CI. Its figures go under {@code postgres} in the results.
 */
@SpringBootTest
@ActiveProfiles("postgres")
@Import(StatementCounter.class)
@EnabledIfEnvironmentVariable(named = "QA_TEST_POSTGRES_URL", matches = ".+")
class PostgresEditionBench extends EditionRun {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> System.getenv("QA_TEST_POSTGRES_URL"));
    registry.add("spring.datasource.username", () -> env("QA_TEST_POSTGRES_USER", "postgres"));
    registry.add("spring.datasource.password", () -> env("QA_TEST_POSTGRES_PASSWORD", ""));
    // the benchmark runs the due jobs itself, as the tests do
    registry.add("camunda.bpm.job-execution.enabled", () -> "false");
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }

  @Autowired JdbcTemplate jdbc;

  @Override
  void record(Map<String, Object> figures) {
    BenchResults.record("whole edition, PostgreSQL", Map.of("postgres", figures));
  }

  @Override
  long databaseBytes() {
    return jdbc.queryForObject("select pg_database_size(current_database())", Long.class);
  }
}
