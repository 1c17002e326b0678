package org.qualityaward.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.application.AwardApplicationModel.CONSULT_DEPARTMENTS;
import static org.qualityaward.application.AwardApplicationModel.QUALIFICATION_REVIEW;
import static org.qualityaward.application.AwardApplicationModel.RECOMMENDER_REVIEW;
import static org.qualityaward.application.AwardApplicationModel.RECOMMENDER_SIGN_OFF;
import static org.qualityaward.evaluation.PanelMemberReviewModel.DECLARE_CONFLICT;
import static org.qualityaward.evaluation.PanelMemberReviewModel.SCORE_ORGANIZATION;
import static org.qualityaward.evaluation.PanelReviewModel.CONSOLIDATE_PANEL;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.qualityaward.QualityAwardApplication;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationStage;
import org.qualityaward.application.ConditionReview;
import org.qualityaward.edition.AwardEditionModel;
import org.qualityaward.expert.ExpertPool;
import org.qualityaward.review.Scoring;
import org.qualityaward.testing.ConditionAnswers;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.HttpCaller;
import org.qualityaward.testing.SampleCases;
import org.qualityaward.testing.SampleExperts;
import org.qualityaward.testing.TestUsers;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 15(1): two application nodes (separate JVMs, the {@code postgres} profile, their job executors on)
 * on one database; the cases' tasks are completed on either node (and in the test's own engine, a third
 * member of the cluster without a job executor, which sets the edition up and reads the database). Node A
 * is killed with SIGKILL in the middle of the recommender's publicities, node B in the middle of a panel
 * review; each is restarted. Afterwards every case is where it should be, every period's timer fired once
 * (the engine's history), no incident, no publicity or panel twice.
 */
@EnabledIfEnvironmentVariable(named = "QA_TEST_POSTGRES_URL", matches = ".+")
class ClusterTest {

  private static final String DATABASE = "qa_cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** 推荐单位审核 and 签署推荐意见 as their forms send them (Art 16). */
  private static final String REVIEW = "\"approved\":{\"value\":true},\"comment\":{\"value\":\"同意推荐\"}"
      + ConditionAnswers.json(ConditionReview.Step.RECOMMENDER);
  private static final String SIGN_OFF = "\"materialsVerified\":{\"value\":true},\"signOffOpinion\":{\"value\":\"同意推荐\"}";

  private final PostgresServer server = PostgresServer.fromEnvironment();
  private final List<Node> nodes = new ArrayList<>();

  @AfterEach
  void stopEverything() throws Exception {
    nodes.forEach(Node::kill);
    EngineClock.reset();
    server.drop(DATABASE);
  }

  @Test
  @DisplayName("two nodes, one killed in the middle of a publicity, the other in the middle of a panel review, each restarted: every case where it should be, each timer fired once, no incident")
  void nodeKilledInThePublicity() throws Exception {
    server.create(DATABASE);
    try (ConfigurableApplicationContext test = server.start(DATABASE)) {
      EditionDriver driver = new EditionDriver(test);
      TestUsers.ensure(test.getBean(IdentityService.class), "clusterunit", "recommender-" + SampleCases.RECOMMENDER);
      int year = EditionYears.next();
      Long editionId = driver.openEdition(year, year + "年度集群测试届").getId();
      List<Application> cases = List.of(driver.submit(SampleCases.organization(editionId, 7501)),
          driver.submit(SampleCases.organization(editionId, 7502)));

      SampleExperts.ensurePool(test.getBean(ExpertPool.class), test.getBean(IdentityService.class), 4);
      Node a = start("A");
      Node b = start("B");
      setClocks(now());

      // the unit recommends one case on each node (Art 16): each opens its publicity
      a.review(driver.caseTask(cases.get(0), RECOMMENDER_REVIEW).getId());
      b.review(driver.caseTask(cases.get(1), RECOMMENDER_REVIEW).getId());
      RuntimeService runtime = test.getBean(RuntimeService.class);
      ManagementService management = test.getBean(ManagementService.class);
      waitUntil("both publicities run with their timer", () -> cases.stream().allMatch(c ->
          publicityTimer(runtime, management, driver.refresh(c).getProcessInstanceId()) != null));
      LocalDateTime over = cases.stream().map(c -> due(publicityTimer(runtime, management,
          driver.refresh(c).getProcessInstanceId()))).max(LocalDateTime::compareTo).orElseThrow().plusMinutes(1);

      a.kill();
      setClocks(over);
      waitUntil("the surviving node ends both publicities", () -> cases.stream()
          .allMatch(c -> driver.refresh(c).getStage() == ApplicationStage.RECOMMENDER_SIGN_OFF));
      Node restarted = start("A2");
      restarted.setClock(over);
      restarted.complete(driver.caseTask(cases.get(0), RECOMMENDER_SIGN_OFF).getId(), SIGN_OFF);
      b.complete(driver.caseTask(cases.get(1), RECOMMENDER_SIGN_OFF).getId(), SIGN_OFF);

      HistoryService history = test.getBean(HistoryService.class);
      for (Application c : cases) {
        String instance = driver.refresh(c).getProcessInstanceId();
        assertThat(history.createHistoricProcessInstanceQuery().superProcessInstanceId(instance)
            .processDefinitionKey("publicity").count()).as("one publicity for " + c.getApplicationNumber()).isEqualTo(1);
        String publicity = history.createHistoricProcessInstanceQuery().superProcessInstanceId(instance)
            .processDefinitionKey("publicity").singleResult().getId();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(publicity)
            .activityType("intermediateTimer").finished().count()).as("the period's end fired once").isEqualTo(1);
      }
      assertThat(runtime.createIncidentQuery().count()).as("incidents").isZero();
      waitUntil("the sign-offs went on", () -> cases.stream()
          .allMatch(c -> driver.refresh(c).getStage() != ApplicationStage.RECOMMENDER_SIGN_OFF));

      // the departments and the office answer in the test's engine; the nodes run every job (Art 17)
      TaskService tasks = test.getBean(TaskService.class);
      for (Application c : cases) {
        waitUntil("the departments are asked", () -> tasks.createTaskQuery()
            .processInstanceId(driver.refresh(c).getProcessInstanceId()).taskDefinitionKey(CONSULT_DEPARTMENTS).count() == 2);
        tasks.createTaskQuery().processInstanceId(driver.refresh(c).getProcessInstanceId())
            .taskDefinitionKey(CONSULT_DEPARTMENTS).list()
            .forEach(t -> tasks.complete(t.getId(), Map.of("approved", true, "comment", "近5年无不良记录")));
        waitUntil("the office reviews", () -> driver.caseTask(c, QUALIFICATION_REVIEW) != null);
        tasks.complete(driver.caseTask(c, QUALIFICATION_REVIEW).getId(),
            ConditionAnswers.qualificationReview(true, "符合条件，予以受理"));
      }
      // intake closes, the accepted list is published for its five working days, then document review
      setClocks(EditionDriver.DEADLINE.plusDays(1).atTime(9, 0));
      String edition = driver.editionInstanceId();
      waitUntil("the accepted list's publicity runs", () -> publicityTimer(runtime, management, edition) != null);
      setClocks(due(publicityTimer(runtime, management, edition)).plusMinutes(1));
      waitUntil("every case's panel waits for its members", () -> cases.stream().allMatch(c ->
          memberTasks(runtime, tasks, c, DECLARE_CONFLICT).size() == 3));

      // the first case's panel scores; the second's is killed under: one member has scored when B dies
      Scoring scoring = test.getBean(Scoring.class);
      score(runtime, tasks, scoring, cases.get(0), 3);
      score(runtime, tasks, scoring, cases.get(1), 1);
      b.kill();
      score(runtime, tasks, scoring, cases.get(1), 3);
      for (Application c : cases) {
        waitUntil("the leader consolidates", () -> leaderTask(runtime, tasks, c) != null);
        tasks.complete(leaderTask(runtime, tasks, c).getId(), EditionDriver.consolidation(scoring.sheetFor(c.getId())));
      }
      start("B2").setClock(now());
      waitUntil("both cases reviewed", () -> cases.stream()
          .allMatch(c -> driver.refresh(c).getStage() == ApplicationStage.DOCUMENT_REVIEWED));

      for (Application c : cases) {
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("panel-review")
            .variableValueEquals("applicationId", c.getId()).count()).as("one panel for " + c.getApplicationNumber())
            .isEqualTo(1);
      }
      assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(edition)
          .activityId(AwardEditionModel.APPLICATION_DEADLINE).finished().count()).as("the intake deadline fired once")
          .isEqualTo(1);
      String listPublicity = history.createHistoricProcessInstanceQuery().superProcessInstanceId(edition)
          .processDefinitionKey("publicity").singleResult().getId();
      assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(listPublicity)
          .activityType("intermediateTimer").finished().count()).as("the list's period ended once").isEqualTo(1);
      assertThat(runtime.createIncidentQuery().count()).as("incidents").isZero();
    }
  }

  /** The open tasks of the case's panel members with that key. */
  private static List<Task> memberTasks(RuntimeService runtime, TaskService tasks, Application c, String key) {
    List<Task> open = new ArrayList<>();
    for (ProcessInstance panel : runtime.createProcessInstanceQuery().processDefinitionKey("panel-review")
        .variableValueEquals("applicationId", c.getId()).list()) {
      for (ProcessInstance member : runtime.createProcessInstanceQuery().superProcessInstanceId(panel.getId()).list()) {
        open.addAll(tasks.createTaskQuery().processInstanceId(member.getId()).taskDefinitionKey(key).list());
      }
    }
    return open;
  }

  private static Task leaderTask(RuntimeService runtime, TaskService tasks, Application c) {
    ProcessInstance panel = runtime.createProcessInstanceQuery().processDefinitionKey("panel-review")
        .variableValueEquals("applicationId", c.getId()).singleResult();
    return panel == null ? null
        : tasks.createTaskQuery().processInstanceId(panel.getId()).taskDefinitionKey(CONSOLIDATE_PANEL).singleResult();
  }

  /** Up to {@code members} members of the case's panel declare no conflict and score it (Art 18, 19). */
  private static void score(RuntimeService runtime, TaskService tasks, Scoring scoring, Application c, int members)
      throws InterruptedException {
    for (int i = 0; i < members; i++) {
      List<Task> declarations = memberTasks(runtime, tasks, c, DECLARE_CONFLICT);
      if (declarations.isEmpty() && memberTasks(runtime, tasks, c, SCORE_ORGANIZATION).isEmpty()) {
        return;
      }
      if (!declarations.isEmpty()) {
        tasks.complete(declarations.get(0).getId(),
            Map.of("conflictOfInterest", false, "confidentialityUndertaking", true));
      }
      waitUntil("a member's scoring task", () -> !memberTasks(runtime, tasks, c, SCORE_ORGANIZATION).isEmpty());
      Task task = memberTasks(runtime, tasks, c, SCORE_ORGANIZATION).get(0);
      tasks.complete(task.getId(), EditionDriver.scores(scoring.sheetFor(c.getId()), new BigDecimal("800")));
    }
  }

  private LocalDateTime now() {
    return EditionDriver.engineNow();
  }

  private void setClocks(LocalDateTime at) throws Exception {
    EngineClock.set(at);
    for (Node node : nodes) {
      if (node.alive()) {
        node.setClock(at);
      }
    }
  }

  private static Job publicityTimer(RuntimeService runtime, ManagementService management, String caseInstance) {
    ProcessInstance publicity = runtime.createProcessInstanceQuery().superProcessInstanceId(caseInstance)
        .processDefinitionKey("publicity").singleResult();
    return publicity == null ? null
        : management.createJobQuery().processInstanceId(publicity.getId()).timers().singleResult();
  }

  private static LocalDateTime due(Job job) {
    return LocalDateTime.ofInstant(job.getDuedate().toInstant(), ZONE);
  }

  private static void waitUntil(String what, BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (!done.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waiting until " + what).isLessThan(deadline);
      Thread.sleep(500);
    }
  }

  private Node start(String name) throws Exception {
    Node node = new Node(name, freePort(), server.url(DATABASE), server.user(), server.password());
    nodes.add(node);
    node.awaitReady();
    return node;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** An application node in its own JVM (the test's classpath, so {@link NodeClock} is there). */
  private static final class Node {

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    Node(String name, int port, String url, String user, String password) throws IOException {
      this.name = name;
      this.port = port;
      this.log = Path.of("target", "cluster-node-" + name + ".log");
      Files.createDirectories(log.getParent());
      String java = ProcessHandle.current().info().command().orElse("java");
      // the plain list surefire keeps, without its empty entry: that would put the working directory (with
      // processes/ and forms/) on the node's class path and deploy every model twice
      String classPath = Arrays.stream(System.getProperty("surefire.test.class.path",
          System.getProperty("java.class.path")).split(File.pathSeparator)).filter(entry -> !entry.isBlank())
          .collect(Collectors.joining(File.pathSeparator));
      this.process = new ProcessBuilder(java, "-Xmx512m", "-cp", classPath,
          QualityAwardApplication.class.getName(), "--spring.profiles.active=postgres,cluster-node",
          "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
          "--spring.datasource.password=" + password, "--server.port=" + port,
          "--camunda.bpm.job-execution.enabled=true",
          "--camunda.bpm.admin-user.id=admin", "--camunda.bpm.admin-user.password=" + PostgresServer.ADMIN_PASSWORD)
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    void awaitReady() throws Exception {
      HttpClient client = HttpClient.newHttpClient();
      long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
      while (true) {
        assertThat(process.isAlive()).as("node " + name + " runs (see " + log + ")").isTrue();
        try {
          int status = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
              + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
          if (status == 200) {
            return;
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        assertThat(System.nanoTime()).as("node " + name + " ready (see " + log + ")").isLessThan(deadline);
        Thread.sleep(1000);
      }
    }

    boolean alive() {
      return process.isAlive();
    }

    void setClock(LocalDateTime at) {
      HttpResponse<String> set = HttpCaller.basic(port, "admin", PostgresServer.ADMIN_PASSWORD)
          .post("/api/node-clock?at=" + at, "");
      assertThat(set.statusCode()).as(name + " clock: " + set.body()).isEqualTo(200);
    }

    /** Completes a task of the recommending unit through this node's engine REST API, as the unit's member. */
    void complete(String taskId, String variables) {
      HttpResponse<String> done = HttpCaller.basic(port, "clusterunit", TestUsers.PASSWORD).post(
          "/engine-rest/task/" + taskId + "/complete", "{\"variables\":{" + variables + "}}");
      assertThat(done.statusCode()).as(name + " completes " + taskId + ": " + done.body()).isEqualTo(204);
    }

    /** Decides the unit's review as Tasklist does: the form read first, its material revision echoed (Art 16). */
    void review(String taskId) {
      String revision = HttpCaller.json(HttpCaller.basic(port, "clusterunit", TestUsers.PASSWORD)
          .get("/engine-rest/task/" + taskId + "/form-variables")).path("materialRevision").path("value").asText();
      complete(taskId, REVIEW + ",\"materialRevision\":{\"value\":\"" + revision + "\"}");
    }

    /** SIGKILL: no shutdown hook, no lock released, as a crashed machine. */
    void kill() {
      process.destroyForcibly();
      try {
        process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
