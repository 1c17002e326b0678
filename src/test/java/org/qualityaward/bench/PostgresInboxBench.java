package org.qualityaward.bench;

import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
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

  @Override
  void record(Map<String, Object> figures) {
    BenchResults.record("inboxes, PostgreSQL", Map.of("postgresInboxes", figures));
  }
}
