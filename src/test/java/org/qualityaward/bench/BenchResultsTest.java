package org.qualityaward.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 16: the benchmark prints a table, and says where each target stands without failing on a time. */
class BenchResultsTest {

  @Test
  @DisplayName("a group's figures print one a row under its name, statements one a row")
  void tablePrintsGroupsAndStatementsAsRows() {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("postgres", Map.of("editionSeconds", 27.1));
    figures.put("costliestStatements", List.of(Map.of("millis", 1584, "count", 28034, "sql", "insert into ACT_HI_VARINST")));

    assertThat(BenchResults.table("whole edition, PostgreSQL", figures).lines())
        .contains("=== benchmark (issue 16): whole edition, PostgreSQL ===")
        .anyMatch(row -> row.matches("postgres\\.editionSeconds +27\\.1"))
        .anyMatch(row -> row.matches(" +1584 ms +28034× +insert into ACT_HI_VARINST"));
  }

  @Test
  @DisplayName("each target is met, missed or not measured by the figures of the run so far")
  void targetsByTheFigures() {
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("applications", 1000);
    results.put("editionOverBare", 5.59);
    results.put("editionOverBareCpu", 6.22);
    results.put("editionOverBareWithInputCpu", 3.22);
    results.put("editionCpuMillisPerTask", 19.2);
    results.put("bareWithInputCpuMillisPerTask", 5.6);
    results.put("heapPeakMiB", 323.0);
    results.put("maxHeapMiB", 512.0);
    results.put("postgres", Map.of("applications", 40, "editionOverBare", 1.2, "maxHeapMiB", 512.0));
    results.put("openTasks", 11_700);
    results.put("inboxP95Millis", 187.0);
    results.put("apiP95Millis", 66.0);
    results.put("postgresInboxes", Map.of("openTasks", 468, "inboxP95Millis", 67.1, "apiP95Millis", 58.2));

    String targets = BenchResults.targets(results);

    assertThat(targets).contains("edition ÷ bare ≤ 1.25").contains("met: H2 5.59 wall, 6.22 CPU, 3.22 CPU against the bare model with input (19.2 against 5.6 ms of CPU a task)")
        .contains("within, at fewer open tasks than the target's 10,000: H2 filters 187.0 ms")
        .containsPattern("start-up ≤ 1.3 × the minimal application +not measured in this run")
        .containsPattern("a 1,000-application edition in 512 MiB +met: H2 1000 applications in a 512.0 MiB heap \\(peak 323.0 MiB in use\\)");

    results.put("postgres", Map.of("applications", 40, "editionOverBare", 4.7, "maxHeapMiB", 512.0));
    results.put("postgresInboxes", Map.of("openTasks", 11_700, "inboxP95Millis", 212.0, "apiP95Millis", 58.2));
    results.put("startupOverMinimal", 1.79);
    results.put("restartOverMinimal", 1.71);
    results.remove("applications");
    results.put("applications", 40);

    assertThat(BenchResults.targets(results))
        .contains("missed: H2 5.59 wall").contains("PostgreSQL 4.7 wall")
        .contains("missed: H2 filters 187.0 ms").contains("PostgreSQL filters 212.0 ms, lists 58.2 ms at 11700")
        .contains("missed: first start 1.79, restart 1.71")
        .contains("completed, at fewer applications than the target's 1,000 or in a larger heap");
  }
}
