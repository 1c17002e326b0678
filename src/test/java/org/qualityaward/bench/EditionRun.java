package org.qualityaward.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qualityaward.application.Application;
import org.qualityaward.expert.ExpertPool;
import org.qualityaward.forms.FormSchema;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.SampleCases;
import org.qualityaward.testing.SampleExperts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Issue 16: a whole edition of {@code bench.applications} applications (70 % organisations,
 * 30 % individuals) from the call to commendation, through the services the REST API and Tasklist use, the
 * engine clock moved. Adds its figures to {@code target/bench/results.json} ({@link BenchResults}). Run with
 * {@code ./mvnw -B -Pbench verify -Dbench.applications=40}; not part of the test suite (the name is not
 * a test's). Then the bare engine the same way ({@link #bareEngine}): the ratio is the cost of what we add.
 *
 */
abstract class EditionRun {

  private static final double MIB = 1024.0 * 1024.0;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  @Autowired ApplicationContext context;
  @Autowired ExpertPool expertPool;
  @Autowired IdentityService identityService;
  @Autowired HistoryService history;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @Autowired TaskService taskService;
  @Autowired ManagementService management;
  @Autowired DataSource dataSource;
  @Autowired StatementCounter statements;

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  void wholeEdition() throws Exception {
    int applications = Integer.getInteger("bench.applications", 1000);
    int organizations = Math.round(applications * 0.7f);
    SampleExperts.ensurePool(expertPool, identityService, 6);
    EditionDriver driver = new EditionDriver(context);
    HeapPeak heap = new HeapPeak();
    long statementsBefore = statements.statements();
    Map<StatementCounter.Kind, Long> kindsBefore = statements.byKind();
    long sqlMillisBefore = statements.millis();
    long cpuBefore = THREADS.getCurrentThreadCpuTime();
    long started = System.nanoTime();

    Long editionId = driver.openEdition(EditionYears.next(), "基准测试届").getId();
    // distinct totals, every individual below every organisation relative to its sheet: no tie to decide
    Map<Application, BigDecimal> scores = new LinkedHashMap<>();
    for (int k = 0; k < organizations; k++) {
      scores.put(driver.submit(SampleCases.organization(editionId, 20_000 + k)),
          BigDecimal.valueOf(9000 - k, 1));
    }
    for (int j = 0; j < applications - organizations; j++) {
      scores.put(driver.submit(SampleCases.individual(editionId, j / 900, 100 + j % 900)),
          BigDecimal.valueOf(829 - j, 1));
    }
    List<Application> all = List.copyOf(scores.keySet());
    driver.acceptAll(all);
    double approvalSeconds = driver.commend(scores);
    double seconds = (System.nanoTime() - started) / 1e9;
    double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
    long editionStatements = statements.statements() - statementsBefore;
    Map<StatementCounter.Kind, Long> kindsAfter = statements.byKind();
    double sqlSeconds = (statements.millis() - sqlMillisBefore) / 1000.0;
    List<Map<String, Object>> costliest = statements.costliest(12);
    List<Map<String, Object>> commonest = statements.commonest(25);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(driver.editionInstanceId()).count())
        .as("the edition reached its end").isZero();

    long userTasks = history.createHistoricTaskInstanceQuery().finished().count();
    long timers = finishedActivities("intermediateTimer") + finishedActivities("boundaryTimer");
    long calls = finishedActivities("callActivity");
    long heapPeak = heap.stop();
    long bareStatementsBefore = statements.statements();
    long bareSqlMillisBefore = statements.millis();
    long bareCpuBefore = THREADS.getCurrentThreadCpuTime();
    double bare = bareEngine("bench-bare", applications, userTasks, timers, calls, 0);
    double bareCpuSeconds = (THREADS.getCurrentThreadCpuTime() - bareCpuBefore) / 1e9;
    long bareStatements = statements.statements() - bareStatementsBefore;
    double bareSqlSeconds = (statements.millis() - bareSqlMillisBefore) / 1000.0;
    double inputFields = inputFieldsPerTask();
    long withInputStatementsBefore = statements.statements();
    Map<StatementCounter.Kind, Long> withInputKindsBefore = statements.byKind();
    long withInputCpuBefore = THREADS.getCurrentThreadCpuTime();
    double bareWithInput = bareEngine("bench-bare-input", applications, userTasks, timers, calls,
        (int) Math.round(inputFields));
    double bareWithInputCpuSeconds = (THREADS.getCurrentThreadCpuTime() - withInputCpuBefore) / 1e9;
    long bareWithInputStatements = statements.statements() - withInputStatementsBefore;
    Map<String, Object> byKind = new LinkedHashMap<>();
    byKind.put("edition", StatementCounter.perTask(kindsBefore, kindsAfter, userTasks));
    byKind.put("bareWithInput", StatementCounter.perTask(withInputKindsBefore, statements.byKind(), userTasks));
    Map<String, Object> results = new LinkedHashMap<>();
    results.put("applications", applications);
    results.put("userTasks", userTasks);
    results.put("timers", timers);
    results.put("callActivities", calls);
    results.put("editionSeconds", BenchResults.round(seconds));
    results.put("tasksPerSecond", BenchResults.round(userTasks / seconds));
    // the longest request of a user: the city government's approval gives every case its outcome
    results.put("approvalSeconds", BenchResults.round(approvalSeconds));
    results.put("bareSeconds", BenchResults.round(bare));
    results.put("editionOverBare", Math.round(seconds / bare * 100) / 100.0);
    // the driving thread's CPU time (the embedded database works in it too): steadier than wall time on a
    // shared machine
    results.put("editionCpuSeconds", BenchResults.round(cpuSeconds));
    results.put("bareCpuSeconds", BenchResults.round(bareCpuSeconds));
    results.put("editionOverBareCpu", Math.round(cpuSeconds / bareCpuSeconds * 100) / 100.0);
    // the same bare model, each task completed with as many variables as the edition's forms have input
    // fields: what is left of the ratio is our steps, listeners and records, not the people's input
    results.put("inputFieldsPerTask", BenchResults.round(inputFields));
    results.put("bareWithInputSeconds", BenchResults.round(bareWithInput));
    results.put("bareWithInputCpuSeconds", BenchResults.round(bareWithInputCpuSeconds));
    results.put("editionOverBareWithInputCpu", Math.round(cpuSeconds / bareWithInputCpuSeconds * 100) / 100.0);
    // the same CPU a completed task: a budget a task, and what the edition adds to each, do not depend on how
    // cheap the bare model is (the ratio does)
    results.put("editionCpuMillisPerTask", BenchResults.round(cpuSeconds * 1000 / userTasks));
    results.put("bareWithInputCpuMillisPerTask", BenchResults.round(bareWithInputCpuSeconds * 1000 / userTasks));
    results.put("sqlStatementsPerTask", BenchResults.round(editionStatements / (double) userTasks));
    results.put("bareSqlStatementsPerTask", BenchResults.round(bareStatements / (double) userTasks));
    results.put("bareWithInputSqlStatementsPerTask", BenchResults.round(bareWithInputStatements / (double) userTasks));
    // where the difference goes: the engine's history and variables of what the forms show and the people
    // enter, the grants of each assigned task, the models' own steps, our records
    results.put("sqlStatementsPerTaskByKind", byKind);
    results.put("editionSqlSeconds", BenchResults.round(sqlSeconds));
    results.put("bareSqlSeconds", BenchResults.round(bareSqlSeconds));
    results.put("heapPeakMiB", BenchResults.round(heapPeak / MIB));
    results.put("maxHeapMiB", BenchResults.round(Runtime.getRuntime().maxMemory() / MIB));
    results.put("database", database());
    results.put("databaseMiB", BenchResults.round(databaseBytes() / MIB));
    results.put("costliestStatements", costliest);
    results.put("commonestStatements", commonest);
    record(results);
  }

  /** Adds the figures to this run's results, under the database's name where it is not the default. */
  abstract void record(Map<String, Object> figures);

  /** The database's size on disk after the edition and the bare run. */
  abstract long databaseBytes();

  private long finishedActivities(String type) {
    return history.createHistoricActivityInstanceQuery().activityType(type).finished().count();
  }

  /**
   * The same engine with a plain model and none of our steps: one instance per application, each with the
   * edition's user tasks, timers and call activities (of an empty process) per application in a row (user tasks completed, timers fired by moving
   * the clock), completed through the same services. Our engine plug-ins (form checks, task deadlines,
   * the period guard) still parse it, so the ratio is the cost of the models' steps and our records.
   */
  private double bareEngine(String key, int instances, long userTasks, long timers, long calls, int fieldsEach) {
    int tasksEach = perInstance(userTasks, instances);
    int timersEach = perInstance(timers, instances);
    int callsEach = perInstance(calls, instances);
    repository.createDeployment().addModelInstance(key + "-called.bpmn",
        Bpmn.createExecutableProcess(key + "-called").camundaHistoryTimeToLive(1).startEvent().endEvent().done())
        .deploy();
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(key).name("基准：纯引擎").camundaHistoryTimeToLive(1).startEvent();
    for (int t = 0; t < tasksEach; t++) {
      flow = flow.userTask("Task_Bare" + t).name("任务" + t);
    }
    for (int t = 0; t < timersEach; t++) {
      flow = flow.intermediateCatchEvent("Timer_Bare" + t).timerWithDuration("PT1H");
    }
    for (int c = 0; c < callsEach; c++) {
      flow = flow.callActivity("Call_Bare" + c).calledElement(key + "-called");
    }
    repository.createDeployment().addModelInstance(key + ".bpmn", flow.endEvent().done()).deploy();
    Map<String, Object> input = new LinkedHashMap<>();
    for (int f = 0; f < fieldsEach; f++) {
      input.put("field" + f, "填写的内容" + f);
    }
    EngineClock.startOf(EditionDriver.NOTICE_DAY);
    LocalDateTime begin = EditionDriver.engineNow();
    long started = System.nanoTime();
    for (int i = 0; i < instances; i++) {
      runtime.startProcessInstanceByKey(key);
    }
    for (int t = 0; t < tasksEach; t++) {
      taskService.createTaskQuery().processDefinitionKey(key).list()
          .forEach(task -> taskService.complete(task.getId(), input));
    }
    for (int t = 0; t < timersEach; t++) {
      EngineClock.set(begin.plusHours(2L * (t + 1)));
      management.createJobQuery().processDefinitionKey(key).executable().list()
          .forEach(job -> management.executeJob(job.getId()));
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(key).count())
        .as("every bare instance ended").isZero();
    return seconds;
  }

  /**
   * The input fields of the forms the edition's finished tasks had, on average: each task's {@code formRef} in
   * its model, its fields as {@link FormSchema} reads them from {@code forms/}.
   */
  private double inputFieldsPerTask() throws IOException {
    Map<String, Integer> fieldsOfForm = new HashMap<>();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.toList()) {
        try (InputStream in = Files.newInputStream(form)) {
          FormSchema schema = FormSchema.parse(in);
          fieldsOfForm.put(schema.formId(), schema.inputKeys().size());
        }
      }
    }
    Map<String, Integer> fieldsOfTask = new HashMap<>();
    long tasks = 0;
    long fields = 0;
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().finished().list()) {
      if (task.getProcessDefinitionKey() == null || task.getProcessDefinitionKey().startsWith("bench-bare")) {
        continue;
      }
      tasks++;
      fields += fieldsOfTask.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(), id -> {
        UserTask userTask = repository.getBpmnModelInstance(task.getProcessDefinitionId())
            .getModelElementById(task.getTaskDefinitionKey());
        return fieldsOfForm.getOrDefault(userTask.getCamundaFormRef(), 0);
      });
    }
    return tasks == 0 ? 0 : fields / (double) tasks;
  }

  private static int perInstance(long count, int instances) {
    return (int) Math.max(1, Math.round(count / (double) instances));
  }

  private String database() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
    }
  }
}
