package org.qualityaward.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.qualityaward.QualityAwardApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The PostgreSQL server CI starts: its databases, client programs and application nodes on them. */
public record PostgresServer(String host, int port, String database, String user, String password) {

  /** The first administrator of the nodes these tests start (the password policy's minimum). */
  static final String ADMIN_PASSWORD = "Pg1-Cluster-Chief";

  public static PostgresServer fromEnvironment() {
    String url = System.getenv("QA_TEST_POSTGRES_URL");
    // jdbc:postgresql://127.0.0.1:5432/qa_ci_x
    String rest = url.substring("jdbc:postgresql://".length());
    String hostPort = rest.substring(0, rest.indexOf('/'));
    String database = rest.substring(rest.indexOf('/') + 1).replaceAll("\\?.*", "");
    int colon = hostPort.lastIndexOf(':');
    return new PostgresServer(colon < 0 ? hostPort : hostPort.substring(0, colon),
        colon < 0 ? 5432 : Integer.parseInt(hostPort.substring(colon + 1)), database,
        env("QA_TEST_POSTGRES_USER", "postgres"), env("QA_TEST_POSTGRES_PASSWORD", ""));
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }

  public String url(String db) {
    return "jdbc:postgresql://" + host + ":" + port + "/" + db;
  }

  public void create(String db) throws SQLException {
    sql("create database " + db + " encoding 'UTF8' template template0");
  }

  void drop(String db) throws SQLException {
    sql("drop database if exists " + db + " with (force)");
  }

  private void sql(String statement) throws SQLException {
    try (Connection c = DriverManager.getConnection(url(database), user, password);
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }

  /** {@code pg_dump -Fc}: the custom format, restorable table by table. */
  void dump(String db, Path file) throws IOException, InterruptedException {
    run(List.of(program("pg_dump"), "-Fc", "-h", host, "-p", String.valueOf(port), "-U", user, "-d", db,
        "-f", file.toString()));
  }

  void restore(Path file, String db) throws IOException, InterruptedException {
    run(List.of(program("pg_restore"), "--no-owner", "--exit-on-error", "-h", host, "-p", String.valueOf(port),
        "-U", user, "-d", db, file.toString()));
  }

  private void run(List<String> command) throws IOException, InterruptedException {
    Path log = Files.createTempFile("pg-client", ".log");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("PGPASSWORD", password);
    Process process = builder.start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
    assertThat(process.exitValue()).as(command.get(0) + ": " + Files.readString(log)).isZero();
  }

  /** The newest server's programs (a pg_dump older than the server refuses), else the PATH's. */
  private static String program(String name) throws IOException {
    Path lib = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(lib)) {
      try (var versions = Files.list(lib)) {
        var newest = versions.map(v -> v.resolve("bin").resolve(name)).filter(Files::isExecutable)
            .max((a, b) -> Integer.compare(major(a), major(b)));
        if (newest.isPresent()) {
          return newest.get().toString();
        }
      }
    }
    return name;
  }

  private static int major(Path program) {
    try {
      return Integer.parseInt(program.getParent().getParent().getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** An application node on the database, as the postgres profile runs it (no job executor in tests). */
  ConfigurableApplicationContext start(String db) {
    return new SpringApplicationBuilder(QualityAwardApplication.class).profiles("postgres").run(
        "--spring.datasource.url=" + url(db), "--spring.datasource.username=" + user,
        "--spring.datasource.password=" + password, "--server.port=0",
        // the profile's job executor would race the test's own steps: the test runs the jobs
        "--camunda.bpm.job-execution.enabled=false",
        "--camunda.bpm.admin-user.id=admin", "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD);
  }
}
