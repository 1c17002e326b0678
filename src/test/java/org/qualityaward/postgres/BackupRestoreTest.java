package org.qualityaward.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.application.AwardApplicationModel.RECOMMENDER_REVIEW;
import static org.qualityaward.application.AwardApplicationModel.RECOMMENDER_SIGN_OFF;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.qualityaward.QualityAwardApplication;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationStage;
import org.qualityaward.testing.ConditionAnswers;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.SampleCases;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 15(7), README "Backup and restore": an edition's database dumped with {@code pg_dump} while a
 * case is in its recommender's publicity (tasks open, a timer pending), restored with {@code pg_restore}
 * into a fresh database, the application started on the copy: the tasks and timers are there as they
 * were and the edition goes on. Needs PostgreSQL ({@code QA_TEST_POSTGRES_URL}, a role that may create
 * databases) and its client programs.
 */
@EnabledIfEnvironmentVariable(named = "QA_TEST_POSTGRES_URL", matches = ".+")
class BackupRestoreTest {

  private static final String SUFFIX = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  private static final String SOURCE = "qa_backup_" + SUFFIX;
  private static final String RESTORED = "qa_restored_" + SUFFIX;

  private final PostgresServer server = PostgresServer.fromEnvironment();

  @AfterEach
  void dropDatabases() throws SQLException {
    EngineClock.reset();
    server.drop(SOURCE);
    server.drop(RESTORED);
  }

  @Test
  @DisplayName("pg_dump in the middle of an edition, pg_restore into a fresh database: tasks and timers intact, the edition goes on")
  void editionGoesOnAfterRestore() throws Exception {
    server.create(SOURCE);
    server.create(RESTORED);
    Application application;
    Map<String, String> openTasks;
    Map<String, Date> timers;
    try (ConfigurableApplicationContext running = server.start(SOURCE)) {
      EditionDriver driver = new EditionDriver(running);
      int year = EditionYears.next();
      application = driver.submit(SampleCases.organization(
          driver.openEdition(year, year + "年度备份恢复测试届").getId(), 7401));
      running.getBean(TaskService.class).complete(driver.caseTask(application, RECOMMENDER_REVIEW).getId(),
          ConditionAnswers.recommenderReview(true, "材料完整真实，同意推荐"));
      driver.runDueJobs();
      assertThat(driver.refresh(application).getStage()).isEqualTo(ApplicationStage.RECOMMENDER_PUBLICITY);
      openTasks = openTasks(running);
      timers = timers(running);
      assertThat(timers).as("the intake's and the publicity's timers").hasSize(2);
      // the backup is taken while the node runs, as an operator's nightly dump is
      server.dump(SOURCE, dumpFile());
    }
    server.restore(dumpFile(), RESTORED);

    try (ConfigurableApplicationContext restored = server.start(RESTORED)) {
      assertThat(openTasks(restored)).isEqualTo(openTasks);
      assertThat(timers(restored)).isEqualTo(timers);
      EditionDriver driver = new EditionDriver(restored);
      driver.track(application);
      driver.passPublicity(driver.refresh(application).getProcessInstanceId());
      assertThat(driver.refresh(application).getStage()).isEqualTo(ApplicationStage.RECOMMENDER_SIGN_OFF);
      assertThat(driver.caseTask(application, RECOMMENDER_SIGN_OFF)).isNotNull();
    }
  }

  private static Path dumpFile() {
    return Path.of(System.getProperty("java.io.tmpdir"), SOURCE + ".dump");
  }

  private static Map<String, String> openTasks(ConfigurableApplicationContext context) {
    return context.getBean(TaskService.class).createTaskQuery().list().stream()
        .collect(Collectors.toMap(Task::getId, Task::getTaskDefinitionKey));
  }

  private static Map<String, Date> timers(ConfigurableApplicationContext context) {
    return context.getBean(ManagementService.class).createJobQuery().timers().list().stream()
        .collect(Collectors.toMap(Job::getId, Job::getDuedate));
  }
}
