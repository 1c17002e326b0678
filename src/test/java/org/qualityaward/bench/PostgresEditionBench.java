package org.qualityaward.bench;

import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.qualityaward.postgres.PostgresServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole edition on PostgreSQL under the {@code postgres} profile, when {@code QA_TEST_POSTGRES_URL}
 * names a server as in CI (its role may create databases). Its figures go under {@code postgres} in the
 * results.
 */
@SpringBootTest
@ActiveProfiles("postgres")
@Import(StatementCounter.class)
@EnabledIfEnvironmentVariable(named = "QA_TEST_POSTGRES_URL", matches = ".+")
class PostgresEditionBench extends EditionRun {

  /** A fresh database beside the tests' one (whose editions would take its years), left for inspection. */
  @DynamicPropertySource
  static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
    PostgresServer server = PostgresServer.fromEnvironment();
    String database = "qa_bench_" + System.currentTimeMillis();
    server.create(database);
    registry.add("spring.datasource.url", () -> server.url(database));
    registry.add("spring.datasource.username", server::user);
    registry.add("spring.datasource.password", server::password);
    // the benchmark runs the due jobs itself, as the tests do
    registry.add("camunda.bpm.job-execution.enabled", () -> "false");
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
