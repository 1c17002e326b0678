package org.qualityaward.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code target/bench/results.json}, shared by the benchmarks of one run: each adds its figures and prints
 * them. A file left by an earlier run ({@code bench.run}, set by the {@code bench} profile, differs) is
 * started afresh, so no figure outlives the run that measured it.
 */
final class BenchResults {

  static final Path FILE = Path.of("target", "bench", "results.json");

  /** What issue 16 asks every run to report; those still missing are listed as {@code notYetMeasured}. */
  static final List<String> REQUIRED = List.of("applications", "userTasks", "timers", "editionSeconds",
      "bareSeconds", "editionOverBare", "sqlStatementsPerTask", "inboxP95Millis", "apiP95Millis",
      "heapPeakMiB", "startupSeconds", "database");

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private BenchResults() {
  }

  /** Adds {@code figures} (in their order) to this run's results, writes the file and prints them. */
  static synchronized void record(String benchmark, Map<String, Object> figures) {
    String run = System.getProperty("bench.run", "");
    Map<String, Object> earlier = read();
    Map<String, Object> results = new LinkedHashMap<>(Map.of("run", run));
    if (run.equals(earlier.get("run"))) {
      results.putAll(earlier);
    }
    results.remove("notYetMeasured");
    results.putAll(figures);
    List<String> missing = REQUIRED.stream().filter(key -> !results.containsKey(key)).toList();
    if (!missing.isEmpty()) {
      results.put("notYetMeasured", missing);
    }
    try {
      Files.createDirectories(FILE.getParent());
      JSON.writeValue(FILE.toFile(), results);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringBuilder table = new StringBuilder("\n=== benchmark (issue 16): " + benchmark + " ===\n");
    figures.forEach((key, value) -> table.append(String.format("%-24s %s%n", key, value)));
    table.append("added to ").append(FILE).append('\n');
    System.out.println(table);
  }

  static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  private static Map<String, Object> read() {
    if (!Files.exists(FILE)) {
      return new LinkedHashMap<>();
    }
    try {
      return JSON.readValue(FILE.toFile(), new TypeReference<LinkedHashMap<String, Object>>() { });
    } catch (IOException e) {
      return new LinkedHashMap<>(); // a damaged file from an interrupted run: start afresh
    }
  }
}
