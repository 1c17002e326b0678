package org.qualityaward.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The inboxes on PostgreSQL ({@link BenchPostgres}); its figures go under {@code postgres} in the results. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@EnabledIfEnvironmentVariable(named = "QA_TEST_POSTGRES_URL", matches = ".+")
class PostgresInboxBench extends InboxRun {

  @DynamicPropertySource
  static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
    BenchPostgres.freshDatabase(registry);
  }

  @Autowired DataSource dataSource;

  /**
   * Autovacuum visits the engine's tables about a minute after thousands of tasks were written, and measured
   * during that visit the first inbox was a third slower: vacuum and analyse them now, as it would.
   */
  @Override
  void settle() {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true); // VACUUM runs outside a transaction only
      statement.execute("vacuum analyze act_ru_task, act_ru_identitylink, act_ru_authorization, act_ru_variable,"
          + " act_ru_execution");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  void record(Map<String, Object> figures) {
    BenchResults.record("inboxes, PostgreSQL", Map.of("postgresInboxes", figures));
  }
}
