package org.qualityaward;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: a single JPQL string ({@code @Query}) makes Spring Data and Hibernate load and first run their
 * HQL parsers at every start-up, seconds of it. Queries are derived from method names or built with the
 * criteria API (see {@code application.CaseCountQueriesImpl}).
 */
class StartupCostTest {

  @Test
  @DisplayName("no JPQL string in the code: its parsers would cost every start-up seconds")
  void noJpqlStrings() throws IOException {
    try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
      List<Path> withQuery = sources.filter(p -> p.toString().endsWith(".java"))
          .filter(StartupCostTest::declaresQuery).toList();
      assertThat(withQuery).as("files with @Query").isEmpty();
    }
  }

  private static boolean declaresQuery(Path source) {
    try {
      return Files.readAllLines(source).stream().anyMatch(line -> line.strip().startsWith("@Query"));
    } catch (IOException e) {
      throw new IllegalStateException(source.toString(), e);
    }
  }
}
