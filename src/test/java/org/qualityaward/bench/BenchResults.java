package org.qualityaward.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    System.out.println(table(benchmark, figures) + "added to " + FILE + "\n\n" + targets(results));
  }

  /** One figure a row; a group's figures under its name, a list of statements one a row. */
  static String table(String benchmark, Map<String, Object> figures) {
    StringBuilder table = new StringBuilder("\n=== benchmark (issue 16): " + benchmark + " ===\n");
    rows(table, "", figures);
    return table.toString();
  }

  private static void rows(StringBuilder table, String prefix, Map<?, ?> figures) {
    figures.forEach((key, value) -> {
      String name = prefix + key;
      if (value instanceof Map<?, ?> group) {
        rows(table, name + ".", group);
      } else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map) {
        table.append(name).append('\n');
        list.forEach(item -> table.append("    ").append(listed(item)).append('\n'));
      } else {
        table.append(String.format("%-48s %s%n", name, value));
      }
    });
  }

  /** A statement as time, count and SQL; anything else as it is. */
  private static Object listed(Object item) {
    return item instanceof Map<?, ?> statement && statement.containsKey("sql")
        ? String.format("%7s ms %8s×  %s", statement.get("millis"), statement.get("count"), statement.get("sql"))
        : item;
  }

  /**
   * Where issue 16's targets stand by this run's figures so far (each benchmark adds its own): a figure, never
   * a failed test. H2's figures are at the top, PostgreSQL's under {@code postgres} and {@code postgresInboxes}.
   */
  static String targets(Map<String, Object> results) {
    return "=== issue 16's targets, by this run's figures so far ===\n" + editionOverBare(results) + inboxes(results)
        + startUp(results) + heap(results);
  }

  private static String editionOverBare(Map<String, Object> results) {
    List<String> ratios = new ArrayList<>();
    boolean met = false;
    for (Map.Entry<String, Map<?, ?>> edition : databases(results, "postgres").entrySet()) {
      Map<?, ?> figures = edition.getValue();
      if (figures.get("editionOverBare") instanceof Number wall) {
        met |= wall.doubleValue() <= 1.25;
        ratios.add(edition.getKey() + " " + wall + " wall, " + figures.get("editionOverBareCpu") + " CPU, "
            + figures.get("editionOverBareWithInputCpu") + " CPU against the bare model with input ("
            + figures.get("editionCpuMillisPerTask") + " against " + figures.get("bareWithInputCpuMillisPerTask")
            + " ms of CPU a task)");
      }
    }
    return line("edition ÷ bare ≤ 1.25", ratios, met ? "met" : "missed");
  }

  private static String inboxes(Map<String, Object> results) {
    List<String> inboxes = new ArrayList<>();
    boolean within = true;
    long fewestOpenTasks = Long.MAX_VALUE;
    for (Map.Entry<String, Map<?, ?>> inbox : databases(results, "postgresInboxes").entrySet()) {
      Map<?, ?> figures = inbox.getValue();
      if (figures.get("inboxP95Millis") instanceof Number filters && figures.get("apiP95Millis") instanceof Number lists
          && figures.get("openTasks") instanceof Number open) {
        within &= filters.doubleValue() <= 200 && lists.doubleValue() <= 200;
        fewestOpenTasks = Math.min(fewestOpenTasks, open.longValue());
        inboxes.add(inbox.getKey() + " filters " + filters + " ms, lists " + lists + " ms at " + open + " open tasks");
      }
    }
    return line("inbox and list p95 ≤ 200 ms at 10,000 open tasks", inboxes, !within ? "missed"
        : fewestOpenTasks >= 10_000 ? "met" : "within, at fewer open tasks than the target's 10,000");
  }

  private static String startUp(Map<String, Object> results) {
    if (!(results.get("startupOverMinimal") instanceof Number first)) {
      return line("start-up ≤ 1.3 × the minimal application", List.of(), "");
    }
    return line("start-up ≤ 1.3 × the minimal application", List.of("first start " + first + ", restart "
        + results.get("restartOverMinimal") + " (" + results.get("startupSeconds") + " s against "
        + results.get("minimalStartupSeconds") + " s)"), first.doubleValue() <= 1.3 ? "met" : "missed");
  }

  private static String heap(Map<String, Object> results) {
    List<String> heaps = new ArrayList<>();
    boolean met = false;
    for (Map.Entry<String, Map<?, ?>> edition : databases(results, "postgres").entrySet()) {
      Map<?, ?> figures = edition.getValue();
      if (figures.get("maxHeapMiB") instanceof Number max && figures.get("applications") instanceof Number size) {
        met |= max.doubleValue() <= 512 && size.longValue() >= 1000;
        heaps.add(edition.getKey() + " " + size + " applications in a " + max + " MiB heap (peak "
            + figures.get("heapPeakMiB") + " MiB in use)");
      }
    }
    return line("a 1,000-application edition in 512 MiB", heaps,
        met ? "met" : "completed, at fewer applications than the target's 1,000 or in a larger heap");
  }

  /** H2's figures (the top level, when it has them) and PostgreSQL's (under {@code postgresKey}). */
  private static Map<String, Map<?, ?>> databases(Map<String, Object> results, String postgresKey) {
    Map<String, Map<?, ?>> databases = new LinkedHashMap<>();
    databases.put("H2", results);
    if (results.get(postgresKey) instanceof Map<?, ?> postgres) {
      databases.put("PostgreSQL", postgres);
    }
    return databases;
  }

  private static String line(String target, List<String> figures, String status) {
    return String.format("%-50s %s%n", target, figures.isEmpty() ? "not measured in this run"
        : status + ": " + String.join("; ", figures));
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
