package org.qualityaward.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Issue 16, start-up and memory: the time from spawning the JVM to a ready application and its resident memory
 * then, for our demo start and for a minimal Camunda + Spring Boot application built in the same run from the
 * same BOM ({@code bench/minimal-app}). Both run as the Dockerfile runs ours: the fat jar extracted by Spring Boot's
 * tools jar mode, then {@code java -jar} on the extracted jar beside its {@code lib/} (the fat jar itself starts
 * slower for both: its nested jars make every class look-up slow; README, start-up), with the class data sharing
 * archive of a training start (JDK 17's dynamic CDS, the way Spring Boot documents it). Each starts on a
 * fresh H2 file database in its own temp folder, and is ready when
 * {@code /actuator/health/readiness} answers 200: Spring marks readiness after the application runners, so ours
 * is ready only once the demo data is in. Each is then restarted on the database its first start left, as a node
 * restarts (the migrations, models and demo data are there). Ours is started again under {@code -Xmx512m}. The
 * starts take turns (minimal, ours, ours under 512 MiB) {@code bench.starts} times; the medians are recorded. Resident memory is
 * Linux's {@code VmRSS} (now) and {@code VmHWM} (peak) of the process when it became ready. No time is asserted,
 * only that every start became ready.
 */
class StartupBench {

  private static final Path PROJECT = Path.of("").toAbsolutePath();
  private static final Path MINIMAL_APP = PROJECT.resolve("bench/minimal-app");
  private static final Duration START_LIMIT = Duration.ofMinutes(10);
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** One measured start. */
  private record Start(double seconds, double residentMiB, double residentPeakMiB) {
  }

  @Test
  void ourDemoStartAgainstMinimalApplication() throws Exception {
    int starts = Integer.getInteger("bench.starts", 3);
    String jar = System.getProperty("bench.jar");
    assertThat(jar).as("set by the bench profile").isNotBlank();
    Path fatJar = Path.of(jar);
    assertThat(fatJar).as("the bench profile runs after package, so the application's jar exists").isRegularFile();
    Path ourJar = extracted(fatJar);
    Path minimalJar = extracted(buildMinimalApp());
    List<String> ourArchive = classDataSharing(ourJar, "--spring.profiles.active=demo");
    List<String> minimalArchive = classDataSharing(minimalJar);
    String loadBefore = loadAverage();

    List<Start> minimal = new ArrayList<>();
    List<Start> minimalRestarts = new ArrayList<>();
    List<Start> ours = new ArrayList<>();
    List<Start> ourRestarts = new ArrayList<>();
    List<Start> ours512m = new ArrayList<>();
    for (int i = 0; i < starts; i++) {
      // taking turns spreads the machine's changing load over all of them
      Start[] first = startAndRestart("minimal", minimalJar, minimalArchive);
      minimal.add(first[0]);
      minimalRestarts.add(first[1]);
      first = startAndRestart("demo", ourJar, ourArchive, "--spring.profiles.active=demo");
      ours.add(first[0]);
      ourRestarts.add(first[1]);
      Path folder = Files.createTempDirectory("qa-startup-demo-512m");
      try {
        List<String> small = new ArrayList<>(ourArchive);
        small.add("-Xmx512m");
        ours512m.add(start("demo-512m", ourJar, folder, small, "--spring.profiles.active=demo"));
      } finally {
        FileSystemUtils.deleteRecursively(folder);
      }
    }

    double oursSeconds = median(ours, Start::seconds);
    double minimalSeconds = median(minimal, Start::seconds);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("startupSeconds", BenchResults.round(oursSeconds));
    figures.put("minimalStartupSeconds", BenchResults.round(minimalSeconds));
    figures.put("startupOverMinimal", Math.round(oursSeconds / minimalSeconds * 100) / 100.0);
    figures.put("residentMiB", BenchResults.round(median(ours, Start::residentMiB)));
    figures.put("residentPeakMiB", BenchResults.round(median(ours, Start::residentPeakMiB)));
    figures.put("minimalResidentMiB", BenchResults.round(median(minimal, Start::residentMiB)));
    figures.put("minimalResidentPeakMiB", BenchResults.round(median(minimal, Start::residentPeakMiB)));
    // a node's restart on its database: migrations, models and demo data are there already
    double restartSeconds = median(ourRestarts, Start::seconds);
    double minimalRestartSeconds = median(minimalRestarts, Start::seconds);
    figures.put("restartSeconds", BenchResults.round(restartSeconds));
    figures.put("minimalRestartSeconds", BenchResults.round(minimalRestartSeconds));
    figures.put("restartOverMinimal", Math.round(restartSeconds / minimalRestartSeconds * 100) / 100.0);
    figures.put("startupSeconds512m", BenchResults.round(median(ours512m, Start::seconds)));
    figures.put("residentMiB512m", BenchResults.round(median(ours512m, Start::residentMiB)));
    figures.put("startupStarts", starts);
    Map<String, List<Double>> each = new LinkedHashMap<>();
    each.put("minimal", seconds(minimal));
    each.put("minimalRestart", seconds(minimalRestarts));
    each.put("demo", seconds(ours));
    each.put("demoRestart", seconds(ourRestarts));
    each.put("demo512m", seconds(ours512m));
    figures.put("startupSecondsEach", each);
    figures.put("startupLoadAverage", loadBefore + " → " + loadAverage());
    BenchResults.record("start-up", figures);
  }

  /**
   * Packages {@code bench/minimal-app} with this project's Camunda and H2 versions; its Spring Boot parent must be
   * ours too (a parent's version cannot come from a property). Built afresh: a changed version alone would not
   * rebuild the jar.
   */
  private static Path buildMinimalApp() throws Exception {
    String bootVersion = System.getProperty("bench.springBootVersion");
    String camundaVersion = System.getProperty("bench.camundaVersion");
    String h2Version = System.getProperty("bench.h2Version");
    assertThat(bootVersion).as("set by the bench profile").isNotBlank();
    assertThat(camundaVersion).as("set by the bench profile").isNotBlank();
    Matcher parent = Pattern.compile("<artifactId>spring-boot-starter-parent</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(Files.readString(MINIMAL_APP.resolve("pom.xml")));
    assertThat(parent.find()).isTrue();
    assertThat(parent.group(1)).as("bench/minimal-app/pom.xml's Spring Boot parent must be pom.xml's")
        .isEqualTo(bootVersion);

    runToEnd("building bench/minimal-app", "minimal-app-build.log", Duration.ofMinutes(10),
        PROJECT.resolve("mvnw").toString(), "-B", "-q", "-f", MINIMAL_APP.resolve("pom.xml").toString(),
        "-Dcamunda.version=" + camundaVersion, "-Dh2.version=" + h2Version, "clean", "package");
    return MINIMAL_APP.resolve("target/minimal-app-0.jar");
  }

  /** The Dockerfile's layout: {@code java -Djarmode=tools -jar <fat jar> extract}, a jar of the same name and its lib/. */
  private static Path extracted(Path fatJar) throws Exception {
    String name = fatJar.getFileName().toString();
    Path destination = PROJECT.resolve("target/bench/startup/extracted").resolve(name.replaceFirst("\\.jar$", ""));
    FileSystemUtils.deleteRecursively(destination);
    runToEnd("extracting " + fatJar, name + "-extract.log", Duration.ofMinutes(5),
        java(), "-Djarmode=tools", "-jar", fatJar.toString(), "extract", "--destination", destination.toString());
    return destination.resolve(name);
  }

  /**
   * The Dockerfile's class data sharing archive: one training start that stops once the context is refreshed
   * ({@code spring.context.exit=onRefresh}) on a throwaway database, the JVM writing the classes it loaded beside the
   * jar. Returns the JVM option that maps it at each start.
   */
  private static List<String> classDataSharing(Path jar, String... arguments) throws Exception {
    Path archive = jar.resolveSibling("application.jsa");
    Path folder = Files.createTempDirectory("qa-startup-training");
    try {
      List<String> command = new ArrayList<>(List.of(java(), "-XX:ArchiveClassesAtExit=" + archive,
          "-Dspring.context.exit=onRefresh", "-jar", jar.toString(), "--server.port=0"));
      command.addAll(databaseIn(folder));
      command.addAll(List.of(arguments));
      runToEnd("training " + jar.getFileName() + "'s class data sharing archive",
          jar.getFileName() + "-training.log", Duration.ofMinutes(10), command.toArray(String[]::new));
    } finally {
      FileSystemUtils.deleteRecursively(folder);
    }
    assertThat(archive).as("the training start wrote the archive").isRegularFile();
    return List.of("-XX:SharedArchiveFile=" + archive);
  }

  /** The database and the demo's personal-data key (made on its first start, application-demo.yaml) in a folder. */
  private static List<String> databaseIn(Path folder) {
    return List.of("--spring.datasource.url=jdbc:h2:file:" + folder.resolve("data/database"),
        "--qa.personal-data.demo-key-file=" + folder.resolve("data/personal-data.key"));
  }

  /** Runs a command from the project's folder to its end within the limit, its output in a log beside the starts'. */
  private static void runToEnd(String what, String logName, Duration limit, String... command) throws Exception {
    Path log = Files.createDirectories(PROJECT.resolve("target/bench/startup")).resolve(logName);
    Process process = new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    try {
      assertThat(process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS) && process.exitValue() == 0)
          .as("%s, see %s", what, log).isTrue();
    } finally {
      process.destroyForcibly();
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The application's first start on a fresh database in a temp folder, then its restart on that database. */
  private static Start[] startAndRestart(String name, Path jar, List<String> jvmOptions, String... arguments)
      throws Exception {
    Path folder = Files.createTempDirectory("qa-startup-" + name);
    try {
      return new Start[] {start(name, jar, folder, jvmOptions, arguments),
          start(name + "-restart", jar, folder, jvmOptions, arguments)};
    } finally {
      FileSystemUtils.deleteRecursively(folder);
    }
  }

  /** Spawns {@code java -jar} on the database in {@code folder}, waits until ready, measures, stops it. */
  private static Start start(String name, Path jar, Path folder, List<String> jvmOptions, String... arguments)
      throws Exception {
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(java()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port));
    command.addAll(databaseIn(folder));
    command.addAll(List.of(arguments));
    Path log = PROJECT.resolve("target/bench/startup").resolve(name + ".log");
    long spawned = System.nanoTime();
    Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    try {
      awaitReady(process, URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"), log);
      double seconds = (System.nanoTime() - spawned) / 1e9;
      if (jvmOptions.stream().anyMatch(option -> option.startsWith("-XX:SharedArchiveFile="))) {
        // a JVM that cannot map the archive says so once and starts without it: the figure would not be CDS's
        assertThat(new String(Files.readAllBytes(log), StandardCharsets.UTF_8))
            .as("the JVM used the class data sharing archive, see %s", log)
            .doesNotContain("Unable to use shared archive");
      }
      Map<String, Double> memory = residentMiB(process.pid());
      return new Start(seconds, memory.getOrDefault("VmRSS", -1.0), memory.getOrDefault("VmHWM", -1.0));
    } finally {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static void awaitReady(Process process, URI readiness, Path log) throws Exception {
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
    HttpRequest request = HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(5)).build();
    while (System.nanoTime() < deadline) {
      assertThat(process.isAlive()).as("the application stopped before it was ready, see %s", log).isTrue();
      try {
        if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notListeningYet) {
        // the web server is not up yet
      }
      Thread.sleep(100);
    }
    throw new AssertionError("not ready within " + START_LIMIT + ", see " + log);
  }

  /** VmRSS and VmHWM of a process in MiB, from Linux's /proc (none elsewhere). */
  private static Map<String, Double> residentMiB(long pid) throws IOException {
    Path status = Path.of("/proc", Long.toString(pid), "status");
    Map<String, Double> memory = new LinkedHashMap<>();
    if (Files.exists(status)) {
      for (String line : Files.readAllLines(status)) {
        Matcher kb = Pattern.compile("^(VmRSS|VmHWM):\\s+(\\d+) kB").matcher(line);
        if (kb.find()) {
          memory.put(kb.group(1), Long.parseLong(kb.group(2)) / 1024.0);
        }
      }
    }
    return memory;
  }

  private static String loadAverage() throws IOException {
    Path loadavg = Path.of("/proc/loadavg");
    return Files.exists(loadavg) ? Files.readString(loadavg).split(" ")[0] : "?";
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static double median(List<Start> starts, ToDoubleFunction<Start> figure) {
    double[] sorted = starts.stream().mapToDouble(figure).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static List<Double> seconds(List<Start> starts) {
    return starts.stream().map(start -> BenchResults.round(start.seconds())).toList();
  }
}
