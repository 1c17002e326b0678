package org.qualityaward.bench;

import java.nio.file.Path;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * H2 as the product runs it by default: a file database (the tests' in-memory one would flatter the figures,
 * and would hold a province-sized edition in the heap the benchmark measures), fresh for each run under
 * {@code target/bench}.
 */
final class BenchH2 {

  /** application.yaml's options, unless an experiment names others ({@code -Dbench.h2Options=…}). */
  static final String OPTIONS =
      System.getProperty("bench.h2Options", "AUTO_SERVER=FALSE;QUERY_CACHE_SIZE=256;CACHE_SIZE=65536");

  private BenchH2() {
  }

  /** Points the application at a new file database. */
  static void freshFile(DynamicPropertyRegistry registry) {
    Path file = Path.of("target", "bench", "h2-" + UUID.randomUUID(), "quality-award").toAbsolutePath();
    registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + file + ";" + OPTIONS);
  }
}
