package org.qualityaward.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole edition on H2 as the product runs it by default: a file database (the tests' in-memory one
 * would flatter it), fresh for each run under {@code target/bench}.
 */
@SpringBootTest
@Import(StatementCounter.class)
class EditionBench extends EditionRun {

  private static final Path FILE = Path.of("target", "bench", "h2-" + UUID.randomUUID(), "quality-award")
      .toAbsolutePath();

  /** application.yaml's options, unless an experiment names others ({@code -Dbench.h2Options=…}). */
  private static final String OPTIONS =
      System.getProperty("bench.h2Options", "AUTO_SERVER=FALSE;QUERY_CACHE_SIZE=256;CACHE_SIZE=65536");

  @DynamicPropertySource
  static void fileDatabase(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + FILE + ";" + OPTIONS);
  }

  @Override
  void record(Map<String, Object> figures) {
    figures.put("h2Options", OPTIONS);
    BenchResults.record("whole edition, H2", figures);
  }

  @Autowired JdbcTemplate jdbc;

  /** What H2 says the tables use: the file itself grows by more until H2 compacts it on closing. */
  @Override
  long databaseBytes() {
    return jdbc.queryForObject("select sum(disk_space_used('\"' || table_schema || '\".\"' || table_name || '\"'))"
        + " from information_schema.tables where table_schema = 'PUBLIC'", Long.class);
  }
}
