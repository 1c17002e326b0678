package org.qualityaward.bench;

import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole edition on PostgreSQL ({@link BenchPostgres}); its figures go under {@code postgres} in the results. */
@SpringBootTest
@ActiveProfiles("postgres")
@Import(StatementCounter.class)
@EnabledIfEnvironmentVariable(named = "QA_TEST_POSTGRES_URL", matches = ".+")
class PostgresEditionBench extends EditionRun {

  @DynamicPropertySource
  static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
    BenchPostgres.freshDatabase(registry);
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
