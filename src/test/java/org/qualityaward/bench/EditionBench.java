package org.qualityaward.bench;

import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole edition on H2 as the product runs it by default ({@link BenchH2}). */
@SpringBootTest
@Import(StatementCounter.class)
class EditionBench extends EditionRun {

  @DynamicPropertySource
  static void fileDatabase(DynamicPropertyRegistry registry) {
    BenchH2.freshFile(registry);
  }

  @Override
  void record(Map<String, Object> figures) {
    figures.put("h2Options", BenchH2.OPTIONS);
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
