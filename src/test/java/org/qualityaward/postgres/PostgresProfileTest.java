package org.qualityaward.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationSubmissions;
import org.qualityaward.edition.Edition;
import org.qualityaward.edition.EditionService;
import org.qualityaward.edition.NewEdition;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.notification.Notice;
import org.qualityaward.notification.NoticeKind;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.SampleApplications;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Smoke test of the {@code postgres} profile against a real PostgreSQL. Runs only when
 * {@code QA_TEST_POSTGRES_URL} (plus {@code QA_TEST_POSTGRES_USER}/{@code _PASSWORD}) names a
 * throwaway database, as {@code .ci/run} creates one; skipped otherwise.
 */
@SpringBootTest
@ActiveProfiles("postgres")
@EnabledIfEnvironmentVariable(named = "QA_TEST_POSTGRES_URL", matches = ".+")
class PostgresProfileTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> System.getenv("QA_TEST_POSTGRES_URL"));
    registry.add("spring.datasource.username", () -> env("QA_TEST_POSTGRES_USER", "postgres"));
    registry.add("spring.datasource.password", () -> env("QA_TEST_POSTGRES_PASSWORD", ""));
    // outside the demo profile the first administrator must come from configuration
    registry.add("camunda.bpm.admin-user.id", () -> "admin");
    // upper and lower case, a digit and a special character: the password policy's minimum
    registry.add("camunda.bpm.admin-user.password", () -> "Pg1-" + UUID.randomUUID());
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }

  @Autowired ProcessEngine processEngine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired ApplicationContext context;
  @Autowired EditionService editions;
  @Autowired ApplicationSubmissions submissions;
  @Autowired TransactionTemplate transactions;
  @Autowired ApplicationEventPublisher events;

  @Test
  @DisplayName("the engine runs on PostgreSQL")
  void engineIsOnPostgres() {
    String product =
        jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
    assertThat(product).isEqualTo("PostgreSQL");
    assertThat(processEngine.getProcessEngineConfiguration().getDatabaseType()).isEqualTo("postgres");
  }

  @Test
  @DisplayName("Flyway applied every migration script and every Java migration (V82 needs the key, V84 reads the engine tables) on PostgreSQL")
  void flywayMigrated() throws IOException {
    Resource[] scripts = new PathMatchingResourcePatternResolver()
        .getResources("classpath*:db/migration/**/V*__*.sql");
    Integer applied = jdbc.queryForObject(
        "select count(*) from flyway_schema_history where success and type = 'SQL'", Integer.class);
    assertThat(applied).isEqualTo(scripts.length);
    Resource[] javaMigrations = new PathMatchingResourcePatternResolver()
        .getResources("classpath*:org/qualityaward/**/V*__*.class");
    assertThat(jdbc.queryForList("select version from flyway_schema_history where success and type = 'JDBC'",
        String.class)).hasSize(javaMigrations.length).isNotEmpty();
  }

  @Test
  @DisplayName("issue 16: every foreign key of our tables has an index (PostgreSQL makes none by itself, so a lookup by it scans the table)")
  void foreignKeysIndexed() {
    List<String> unindexed = jdbc.queryForList("""
        select c.conrelid::regclass || '.' || a.attname from pg_constraint c
          join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
        where c.contype = 'f' and c.conrelid::regclass::text not like 'act\\_%'
          and not exists (select 1 from pg_index i where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])
        order by 1""", String.class);
    assertThat(unindexed).isEmpty();
  }

  @Test
  @DisplayName("an index whose concurrent build was interrupted (left invalid under our name) is built again at the next start")
  void invalidIndexBuiltAgain() throws Exception {
    jdbc.execute("drop index if exists qa_ix_ru_task_parent");
    jdbc.execute("create table qa_scratch_duplicates (x integer)");
    try {
      jdbc.execute("insert into qa_scratch_duplicates values (1), (1)");
      // a unique index built concurrently over duplicates fails and stays behind, invalid, as an interrupted build
      assertThatThrownBy(() -> jdbc.execute(
          "create unique index concurrently qa_ix_ru_task_parent on qa_scratch_duplicates (x)"))
          .isInstanceOf(DataAccessException.class);
      assertThat(indexValidOn("act_ru_task")).isNull();

      context.getBean("engineSchemaTuning", InitializingBean.class).afterPropertiesSet();

      assertThat(indexValidOn("act_ru_task")).isTrue();
    } finally {
      jdbc.execute("drop table qa_scratch_duplicates");
      // the tests after this one find the index as a start leaves it, whatever happened above
      context.getBean("engineSchemaTuning", InitializingBean.class).afterPropertiesSet();
    }
  }

  /** Whether qa_ix_ru_task_parent on that table is valid; null if there is none on it. */
  private Boolean indexValidOn(String table) {
    return jdbc.query("""
        select i.indisvalid from pg_index i join pg_class c on c.oid = i.indexrelid
        where c.relname = 'qa_ix_ru_task_parent' and i.indrelid = ?::regclass""",
        rs -> rs.next() ? rs.getBoolean(1) : null, table);
  }

  @Test
  @DisplayName("issue 16: the engine's tables have what Camunda's schema lacks: the subtask and called-instance indexes (built and valid), the permission statistics, and the sessions' planner settings")
  void engineTablesTuned() {
    assertThat(jdbc.queryForObject("""
        select count(*) from pg_index i join pg_class c on c.oid = i.indexrelid
        where c.relname in ('qa_ix_ru_task_parent', 'qa_ix_hi_procinst_super', 'qa_ix_auth_task_grants')
          and i.indisvalid""", Integer.class))
        .isEqualTo(3);
    assertThat(jdbc.queryForObject("select count(*) from pg_class where relname = 'qa_ix_auth_task_read'",
        Integer.class)).as("the earlier, wider grants index is dropped").isZero();
    assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = 'qa_st_auth_perms'",
        Integer.class)).isEqualTo(1);
    assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("auto");
    assertThat(jdbc.queryForObject("show random_page_cost", String.class)).isEqualTo("1.1");
    assertThat(jdbc.queryForObject("show enable_material", String.class)).isEqualTo("off");
    assertThat(jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
  }

  @Test
  @DisplayName("issue 16: a task list is planned with its own values, in its own transaction only; every other command may reuse cached plans")
  void taskListsPlannedWithTheirOwnValues() {
    CommandExecutor engine = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
    assertThat(engine.execute(PostgresProfileTest::planCacheMode)).isEqualTo("auto");

    // a task query as any task list runs it (its own command), reading the setting where it would run its SQL
    String[] duringTheList = new String[1];
    new TaskQueryImpl(engine) {
      @Override
      public List<Task> executeList(CommandContext context, Page page) {
        duringTheList[0] = planCacheMode(context);
        return List.of();
      }
    }.list();
    assertThat(duringTheList[0]).isEqualTo("force_custom_plan");
    assertThat(engine.execute(PostgresProfileTest::planCacheMode)).as("set for that transaction only").isEqualTo("auto");
  }

  private static String planCacheMode(CommandContext context) {
    try (Statement statement = context.getDbSqlSession().getSqlSession().getConnection().createStatement();
        ResultSet mode = statement.executeQuery("show plan_cache_mode")) {
      mode.next();
      return mode.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @DisplayName("issue 16: a task list's grant look-up can use the index of task grants: its condition, as Camunda 7.24 writes it with the values a custom plan binds, implies the index's")
  void taskListGrantLookUpUsesTheGrantsIndex() {
    // Camunda's authCheckJoin for a task query (TaskQueryImpl: READ of the task, READ_TASK of its model) as a
    // unit member's inbox sent it at 1,000 cases; the '*' look-up is the one every task repeats
    String lookUp = """
        select A.* from ACT_RU_AUTHORIZATION A
        where A.TYPE_ < 2
          and ( A.USER_ID_ in ( 'someone', '*') or A.GROUP_ID_ in ( 'recommender' , 'recommender-R-X' ) )
          and ( ( A.RESOURCE_TYPE_ = 7 AND A.PERMS_ & 2 = 2 OR A.RESOURCE_TYPE_ = 6 AND A.PERMS_ & 64 = 64 ) )
          and A.RESOURCE_ID_ = '*'""";
    String plan = jdbc.execute((ConnectionCallback<String>) connection -> {
      try (Statement statement = connection.createStatement()) {
        // a table this small is read whole; the question is only whether the planner may use the index
        statement.execute("set enable_seqscan = off");
        try (ResultSet rows = statement.executeQuery("explain " + lookUp)) {
          StringBuilder lines = new StringBuilder();
          while (rows.next()) {
            lines.append(rows.getString(1)).append('\n');
          }
          return lines.toString();
        } finally {
          statement.execute("reset enable_seqscan");
        }
      }
    });
    assertThat(plan).contains("qa_ix_auth_task_grants");
  }

  @Test
  @DisplayName("every model in processes/ is deployed")
  void processesDeployed() throws IOException {
    // the working directory of a Maven test run is the project root
    List<String> files = List.of();
    if (Files.isDirectory(Path.of("processes"))) {
      try (Stream<Path> paths = Files.walk(Path.of("processes"))) {
        files = paths.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".bpmn")).toList();
      }
    }
    List<ProcessDefinition> deployed =
        repositoryService.createProcessDefinitionQuery().latestVersion().list();
    assertThat(deployed).hasSize(files.size());
    for (String file : files) {
      assertThat(deployed).as("definition deployed from %s", file)
          .anyMatch(d -> d.getResourceName().endsWith(file));
    }
  }

  @Test
  @DisplayName("the first administrator comes from configuration")
  void adminUserCreated() {
    assertThat(identityService.createUserQuery().userId("admin").count()).isEqualTo(1);
  }

  @Test
  @DisplayName("round trip: user and process instance written to and read back from PostgreSQL")
  void roundTrip() {
    String userId = "pgsmoke" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    User user = identityService.newUser(userId);
    user.setFirstName("冒烟");
    user.setLastName("测试");
    // passes the password policy: a lower- and an upper-case letter, a digit, a special character
    user.setPassword("Pg-" + UUID.randomUUID());
    identityService.saveUser(user);
    try {
      assertThat(identityService.createUserQuery().userId(userId).singleResult().getFirstName())
          .isEqualTo("冒烟");
    } finally {
      identityService.deleteUser(userId);
    }
    assertThat(identityService.createUserQuery().userId(userId).count()).isZero();

    BpmnModelInstance model = Bpmn.createExecutableProcess("pg-smoke")
        .name("数据库冒烟").camundaHistoryTimeToLive(1)
        .startEvent().userTask("Task_Smoke").name("冒烟任务").endEvent().done();
    Deployment deployment = repositoryService.createDeployment()
        .addModelInstance("pg-smoke.bpmn", model).name("pg-smoke").deploy();
    try {
      ProcessInstance instance = runtimeService.startProcessInstanceByKey(
          "pg-smoke", "PG-1", Map.of("comment", "中文变量"));
      Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
      assertThat(task.getName()).isEqualTo("冒烟任务");
      assertThat(runtimeService.getVariable(instance.getId(), "comment")).isEqualTo("中文变量");
      taskService.complete(task.getId(), Map.of("approved", true));
      assertThat(historyService.createHistoricProcessInstanceQuery()
          .processInstanceId(instance.getId()).completed().count()).isEqualTo(1);
    } finally {
      repositoryService.deleteDeployment(deployment.getId(), true);
    }
  }
  @Test
  @DisplayName("Art 15, 17: a submission in flight and the deadline's step wait for each other on the edition's row: the submission finds intake closed instead of adding a case the step did not count")
  void submissionWaitsForTheDeadlineStep() throws Exception {
    int year = EditionYears.next();
    while (editions.ofYear(year).isPresent()) { // a database kept from earlier runs
      year = EditionYears.next();
    }
    Edition edition = EditionDriver.openWithApprovedPlan(editions, taskService,
        new NewEdition(year, "截止时刻测试届", LocalDate.now().plusMonths(2)));
    ExecutorService applicant = Executors.newSingleThreadExecutor();
    try (Connection deadlineStep = dataSource.getConnection()) {
      // what the deadline's step holds until it commits: the stage changed (Task_CloseIntake), the row locked
      deadlineStep.setAutoCommit(false);
      try (Statement step = deadlineStep.createStatement()) {
        step.executeUpdate("update edition set stage = 'QUALIFICATION_REVIEW', version = version + 1 where id = "
            + edition.getId());
        step.executeQuery("select id from edition where id = " + edition.getId() + " for no key update").close();
      }
      Future<Application> submission = applicant.submit(() -> submissions.register(
          SampleApplications.organization(edition.getId(), "R-JX-MSR", 8801, LocalDate.of(2012, 5, 1)), "pgapplicant"));
      Thread.sleep(1500);
      assertThat(submission.isDone()).as("the submission waits for the deadline's step").isFalse();
      deadlineStep.commit();
      assertThatThrownBy(() -> submission.get(30, TimeUnit.SECONDS))
          .hasCauseInstanceOf(ConflictException.class).hasMessageContaining("截止申报");
    } finally {
      applicant.shutdownNow();
    }
    assertThat(jdbc.queryForObject("select count(*) from application where edition_id = ?", Integer.class,
        edition.getId())).isZero();
  }

  @Test
  @DisplayName("a notice that cannot be stored is rolled back to its savepoint in the case's transaction: PostgreSQL lets the case commit, with its other notices")
  void aBadNoticeIsRolledBackAlone() {
    String run = Long.toString(System.nanoTime(), 36); // the database may be kept from earlier runs
    transactions.executeWithoutResult(status -> {
      identityService.saveGroup(identityService.newGroup("pgnotice" + run));
      events.publishEvent(Notice.toUser(NoticeKind.STAGE_CHANGED, "pgbefore" + run, "坏通知之前", "/applicant/"));
      events.publishEvent(Notice.toUser(NoticeKind.STAGE_CHANGED, "x".repeat(100), "收件人过长", "/applicant/"));
      events.publishEvent(Notice.toUser(NoticeKind.STAGE_CHANGED, "pgafter" + run, "坏通知之后", "/applicant/"));
    });
    assertThat(identityService.createGroupQuery().groupId("pgnotice" + run).count()).isEqualTo(1);
    assertThat(jdbc.queryForList("select title from notification where recipient in (?, ?) order by title", String.class,
        "pgbefore" + run, "pgafter" + run)).containsExactly("坏通知之前", "坏通知之后");
  }
}
