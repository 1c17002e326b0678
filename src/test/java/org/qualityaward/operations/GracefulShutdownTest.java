package org.qualityaward.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qualityaward.QualityAwardApplication;
import org.qualityaward.testing.HttpCaller;
import org.qualityaward.testing.TestUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 15 item 8: a node asked to stop in the middle of a batch of task completions (over HTTP) and of the
 * jobs they create (run by the job executor) finishes or rolls back each of them and leaves no job locked.
 * The application runs on a file database; once it has stopped, the database itself is read. Its lifecycle
 * timeout is short (3 s) so that the jobs outlast it, as a long backlog does in production: without
 * operations.JobExecutorStop jobs are then left locked.
 */
class GracefulShutdownTest {

  private static final String PROBE = "shutdown-probe";
  private static final int CASES = 60;

  @TempDir
  Path folder;

  /**
   * Marks its step done, slowly enough that completions and jobs are still running when the stop comes; the
   * jobs' steps are the slower, so that jobs pile up, acquired and waiting for a thread.
   */
  public static class SlowStep implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) throws InterruptedException {
      Thread.sleep("Step_Completed".equals(execution.getCurrentActivityId()) ? 100 : 1000);
      execution.setVariable(execution.getCurrentActivityId(), true);
    }
  }

  @Test
  @DisplayName("a stop in the middle of a batch: every completion and job happened fully or not at all, no job stays locked")
  void stopInTheMiddleOfABatch() throws Exception {
    ClockUtil.reset();
    String url = "jdbc:h2:file:" + folder.resolve("qa").toAbsolutePath() + ";AUTO_SERVER=FALSE";
    ConfigurableApplicationContext app = start(url);
    List<String> instances = new ArrayList<>();
    Map<String, String> taskOfInstance = new HashMap<>();
    deployProbe(app);
    RuntimeService runtime = app.getBean(RuntimeService.class);
    TaskService tasks = app.getBean(TaskService.class);
    for (int i = 0; i < CASES; i++) {
      String instance = runtime.startProcessInstanceByKey(PROBE).getId();
      instances.add(instance);
      taskOfInstance.put(instance, tasks.createTaskQuery().processInstanceId(instance).singleResult().getId());
    }
    HttpCaller admin = HttpCaller.basic(((WebServerApplicationContext) app).getWebServer().getPort(),
        TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);

    Map<String, Integer> answers = new ConcurrentHashMap<>();
    ExecutorService callers = Executors.newFixedThreadPool(6);
    for (String instance : instances) {
      callers.execute(() -> answers.put(instance, complete(admin, taskOfInstance.get(instance))));
    }
    while (answers.size() < CASES / 4) {
      Thread.sleep(20);
    }
    app.close();
    callers.shutdown();
    assertThat(callers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

    try (Connection db = DriverManager.getConnection(url, "sa", "")) {
      assertThat(count(db, "select count(*) from ACT_RU_JOB where LOCK_OWNER_ is not null or LOCK_EXP_TIME_ is not null"))
          .as("jobs left locked").isZero();
      Map<String, Set<String>> state = state(db);
      int open = 0;
      int waiting = 0;
      for (String instance : instances) {
        Set<String> facts = state.get(instance);
        assertThat(facts).as(instance).isIn(
            Set.of("task:Task_Probe"),
            Set.of("var:Step_Completed", "job"),
            Set.of("var:Step_Completed", "var:Step_Job", "job"),
            Set.of("var:Step_Completed", "var:Step_Job", "var:Step_Chained", "task:Task_After"));
        boolean completed = !facts.contains("task:Task_Probe");
        assertThat(answers.get(instance)).as("the caller was told whether " + instance + " was completed")
            .isEqualTo(completed ? 204 : -1);
        open += completed ? 0 : 1;
        waiting += facts.contains("job") ? 1 : 0;
      }
      // on a busy machine the callers' open connections may finish every completion before the node
      // closes; the stop still comes in the middle of the work their jobs started
      assertThat(open + waiting).as("the stop came in the middle of the work: completions refused or jobs left")
          .isPositive();
      assertThat(open).as("a quarter was completed before the stop").isLessThanOrEqualTo(CASES - CASES / 4);
      System.out.printf("after the stop: %d not completed, %d jobs waiting for the next node%n", open, waiting);
    }
  }

  @Test
  @DisplayName("a node on the default H2 file stopped as docker or systemd stop it (SIGTERM) closes the database itself,"
      + " after its own shutdown: H2's exit hook does not close it underneath the node's last work")
  void sigtermLeavesTheDatabaseToTheNode() throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", System.getProperty("java.class.path"), QualityAwardApplication.class.getName()));
    command.addAll(ARGUMENTS);
    command.add("--logging.level.root=info");
    Path log = folder.resolve("node.log");
    // the working folder holds ./data: the default spring.datasource.url of application.yaml, unchanged
    Process node = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    try {
      long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      // up, and its job executor acquiring: work that reaches the database while the node stops
      while (!Files.readString(log).contains("ENGINE-14018")) {
        assertThat(node.isAlive()).as("the node starts: " + tail(log)).isTrue();
        assertThat(System.nanoTime()).as("the node started in time").isLessThan(until);
        Thread.sleep(200);
      }
      node.destroy(); // SIGTERM
      assertThat(node.waitFor(60, TimeUnit.SECONDS)).as("the node stops").isTrue();
    } finally {
      node.destroyForcibly();
    }
    assertThat(Files.readString(log)).contains("Graceful shutdown complete").doesNotContain("Database is already closed");
  }

  private static String tail(Path log) throws java.io.IOException {
    String text = Files.readString(log);
    return text.substring(Math.max(0, text.length() - 2000));
  }

  /** The node's settings: the main application.yaml's, a short lifecycle timeout, no webapps. */
  private static final List<String> ARGUMENTS = List.of(
      "--spring.config.location=classpath:/application.yaml",
      "--server.port=0",
      "--spring.main.banner-mode=off",
      "--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
      "--camunda.bpm.admin-user.id=" + TestUsers.ADMIN,
      "--camunda.bpm.admin-user.password=" + TestUsers.ADMIN_PASSWORD,
      "--qa.personal-data.key=B4/Z3yuGR1qPBrKvrCvBrBz6vyjjdY9RRu2icTqfSgI=",
      "--spring.lifecycle.timeout-per-shutdown-phase=3s");

  private static ConfigurableApplicationContext start(String url) {
    List<String> arguments = new ArrayList<>(ARGUMENTS);
    arguments.add("--spring.datasource.url=" + url);
    arguments.add("--logging.level.root=warn");
    return new SpringApplicationBuilder(QualityAwardApplication.class).run(arguments.toArray(String[]::new));
  }

  /**
   * A task whose completion runs a slow step, then a job running another, whose end creates a third job: jobs
   * keep being created and acquired while the node stops.
   */
  private static void deployProbe(ConfigurableApplicationContext app) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROBE).camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("Task_Probe")
        .serviceTask("Step_Completed").camundaClass(SlowStep.class.getName())
        .serviceTask("Step_Job").camundaAsyncBefore().camundaClass(SlowStep.class.getName())
        .serviceTask("Step_Chained").camundaAsyncBefore().camundaClass(SlowStep.class.getName())
        .userTask("Task_After")
        .endEvent()
        .done();
    app.getBean(RepositoryService.class).createDeployment().addModelInstance(PROBE + ".bpmn", model).deploy();
  }

  /** 204 if completed, -1 if the stopping node took the request no more. */
  private static int complete(HttpCaller admin, String taskId) {
    try {
      return admin.post("/engine-rest/task/" + taskId + "/complete", "{}").statusCode();
    } catch (UncheckedIOException refused) {
      return -1;
    }
  }

  /** Per instance: its open tasks ("task:id"), the steps it has done ("var:id") and whether it has a job. */
  private static Map<String, Set<String>> state(Connection db) throws SQLException {
    Map<String, Set<String>> state = new HashMap<>();
    query(db, "select PROC_INST_ID_, 'task:' || TASK_DEF_KEY_ from ACT_RU_TASK", state);
    query(db, "select PROC_INST_ID_, 'var:' || NAME_ from ACT_RU_VARIABLE where NAME_ like 'Step%'", state);
    query(db, "select PROCESS_INSTANCE_ID_, 'job' from ACT_RU_JOB where PROCESS_INSTANCE_ID_ is not null", state);
    return state;
  }

  private static void query(Connection db, String sql, Map<String, Set<String>> state) throws SQLException {
    try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        state.computeIfAbsent(rows.getString(1), instance -> new HashSet<>()).add(rows.getString(2));
      }
    }
  }

  private static long count(Connection db, String sql) throws SQLException {
    try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
