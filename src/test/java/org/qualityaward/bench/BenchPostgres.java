package org.qualityaward.bench;

import java.sql.SQLException;
import org.qualityaward.postgres.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * PostgreSQL under the {@code postgres} profile, when {@code QA_TEST_POSTGRES_URL} names a server as in CI (its
 * role may create databases): a fresh database {@code qa_bench_<millis>} beside the tests' one (whose editions
 * would take its years), left for inspection.
 */
final class BenchPostgres {

  private BenchPostgres() {
  }

  /** Points the application at a new database; the benchmark runs the due jobs itself, as the tests do. */
  static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
    PostgresServer server = PostgresServer.fromEnvironment();
    String database = "qa_bench_" + System.currentTimeMillis();
    server.create(database);
    registry.add("spring.datasource.url", () -> server.url(database));
    registry.add("spring.datasource.username", server::user);
    registry.add("spring.datasource.password", server::password);
    registry.add("camunda.bpm.job-execution.enabled", () -> "false");
  }
}
