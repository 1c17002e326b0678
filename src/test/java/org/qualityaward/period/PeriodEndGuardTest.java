package org.qualityaward.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.application.AwardApplicationModel.RECOMMENDER_REVIEW;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationSubmissions;
import org.qualityaward.edition.AwardEditionModel;
import org.qualityaward.honour.AwardLevel;
import org.qualityaward.honour.Honour;
import org.qualityaward.honour.HonourModel;
import org.qualityaward.honour.HonourState;
import org.qualityaward.honour.Honours;
import org.qualityaward.publicity.PublicityModel;
import org.qualityaward.revocation.RevocationFixtures;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.ConditionAnswers;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.HttpCaller;
import org.qualityaward.testing.SampleCases;
import org.qualityaward.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Issue 15 item 2: a period's end takes effect only once its last day is over, however its timer's job
 * is triggered — executed by hand (Java API, engine REST as an administrator) or run by the job executor
 * after its due date was changed. The job re-arms itself for the real end, nothing fails, the attempt is
 * in the audit log, and at the real end the timer fires once. Its own database: one test starts the job
 * executor. The tests run in the order of the clock, which only moves forward.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:periods;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PeriodEndGuardTest {

  private static final ZoneId ZONE = EngineClock.ZONE;

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired ProcessEngine engine;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;
  @Autowired ApplicationSubmissions submissions;
  @Autowired Honours honours;

  private EditionDriver driver;
  private Application application;
  private ProcessInstance publicity;

  @BeforeAll
  void editionWithACaseInItsRecommenderPublicity() {
    driver = new EditionDriver(context);
    int year = EditionYears.next();
    Long editionId = driver.openEdition(year, year + "年度期限保护测试届").getId();
    application = driver.track(submissions.submit(SampleCases.organization(editionId, 7301), "applicant"));
    tasks.complete(driver.caseTask(application, RECOMMENDER_REVIEW).getId(),
        ConditionAnswers.recommenderReview(true, "同意推荐"));
    publicity = driver.publicityOf(driver.refresh(application).getProcessInstanceId());
  }

  @AfterAll
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  @Order(1)
  @DisplayName("Art 15: the intake deadline executed early leaves intake open and re-arms for the end of the deadline day")
  void intakeDeadlineCannotBeCutShort() {
    Job deadline = timer(driver.editionInstanceId(), AwardEditionModel.APPLICATION_DEADLINE);
    Date end = deadline.getDuedate();
    assertThat(end).isEqualTo(instant(EditionDriver.DEADLINE.plusDays(1).atStartOfDay()));

    management.executeJob(deadline.getId());

    Job rearmed = assertRearmed(driver.editionInstanceId(), AwardEditionModel.APPLICATION_DEADLINE, deadline, end);
    assertThat(refusalFor(deadline.getId()).get("action").asText()).startsWith("手动执行期限定时器 Timer_ApplicationDeadline");

    EngineClock.set(EditionDriver.DEADLINE.plusDays(1).atStartOfDay());
    management.executeJob(rearmed.getId());
    assertFiredOnce(driver.editionInstanceId(), AwardEditionModel.APPLICATION_DEADLINE);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(driver.editionInstanceId())
        .activityId(AwardEditionModel.CLOSE_INTAKE).count()).isEqualTo(1);
  }

  @Test
  @Order(2)
  @DisplayName("Art 16: a publicity's end executed early by the Java API, by engine REST or Cockpit as administrator, or by the job "
      + "executor after a changed due date, still runs to its fifth working day and then ends once")
  void publicityCannotBeCutShort() throws InterruptedException {
    Job timer = timer(publicity.getId(), PublicityModel.PUBLICITY_ENDS);
    Date end = timer.getDuedate();

    management.executeJob(timer.getId());
    Job afterApi = assertRearmed(publicity.getId(), PublicityModel.PUBLICITY_ENDS, timer, end);
    JsonNode byApi = refusalFor(timer.getId());
    assertThat(byApi.get("action").asText()).startsWith("手动执行期限定时器 Timer_PublicityEnds（作业 " + timer.getId())
        .contains("实例 " + publicity.getId())
        // the publicity has no business key of its own: the case's application number it runs for
        .contains("业务键 " + application.getApplicationNumber());
    assertThat(byApi.get("reason").asText()).contains("期限至 " + minute(end) + " 才届满");

    HttpCaller admin = HttpCaller.basic(port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    HttpResponse<String> executed = admin.post("/engine-rest/job/" + afterApi.getId() + "/execute", null);
    assertThat(executed.statusCode()).as(executed.body()).isEqualTo(204);
    Job afterRest = assertRearmed(publicity.getId(), PublicityModel.PUBLICITY_ENDS, afterApi, end);
    JsonNode byRest = refusalFor(afterApi.getId());
    assertThat(byRest.get("userId").asText()).isEqualTo(TestUsers.ADMIN);
    assertThat(byRest.get("action").asText()).endsWith("POST /engine-rest/job/" + afterApi.getId() + "/execute");

    // Cockpit's 执行作业: the webapps' own engine API (session and CSRF token), the job read first as Cockpit does
    HttpCaller cockpit = HttpCaller.webapp(port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD, "cockpit");
    assertThat(cockpit.get("/camunda/api/engine/engine/default/job/" + afterRest.getId()).statusCode()).isEqualTo(200);
    HttpResponse<String> fromCockpit = cockpit.post(
        "/camunda/api/engine/engine/default/job/" + afterRest.getId() + "/execute", null);
    assertThat(fromCockpit.statusCode()).as(fromCockpit.body()).isEqualTo(204);
    Job afterCockpit = assertRearmed(publicity.getId(), PublicityModel.PUBLICITY_ENDS, afterRest, end);
    assertThat(refusalFor(afterRest.getId()).get("action").asText())
        .endsWith("POST /camunda/api/engine/engine/default/job/" + afterRest.getId() + "/execute");

    // an administrator moves the due date to a minute ago; the job executor picks the job up
    String aMinuteAgo = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
        .format(ClockUtil.getCurrentTime().toInstant().minusSeconds(60).atZone(ZONE));
    HttpResponse<String> moved = admin.put("/engine-rest/job/" + afterCockpit.getId() + "/duedate",
        "{\"duedate\":\"" + aMinuteAgo + "\"}");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(204);
    JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    executor.start();
    try {
      for (int wait = 0; wait < 300 && jobs(publicity.getId()).get(0).getId().equals(afterCockpit.getId()); wait++) {
        Thread.sleep(100);
      }
    } finally {
      executor.shutdown();
    }
    Job afterExecutor = assertRearmed(publicity.getId(), PublicityModel.PUBLICITY_ENDS, afterCockpit, end);
    assertThat(refusalFor(afterCockpit.getId()).get("action").asText()).startsWith("作业执行器执行到期日（")
        .contains("到期日由 " + TestUsers.ADMIN + " 于");

    // the fifth working day is over: the period ends, once
    EngineClock.set(LocalDateTime.ofInstant(end.toInstant(), ZONE));
    management.executeJob(afterExecutor.getId());
    assertFiredOnce(publicity.getId(), PublicityModel.PUBLICITY_ENDS);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(publicity.getId()).count()).isZero();
  }

  @Test
  @Order(3)
  @DisplayName("Art 33: an honour's validity executed early stays valid until its last day is over, then expires once")
  void validityCannotBeCutShort() {
    Honour honour = RevocationFixtures.person(honours, AwardLevel.AWARD, LocalDate.of(2025, 12, 20));
    String instance = runtime.createProcessInstanceQuery().processDefinitionKey(HonourModel.PROCESS_KEY)
        .processInstanceBusinessKey("honour-" + honour.getId()).singleResult().getId();
    Job validity = timer(instance, HonourModel.VALIDITY_ENDS);
    Date end = validity.getDuedate();
    assertThat(end).isEqualTo(instant(honour.getValidUntil().plusDays(1).atStartOfDay()));

    management.executeJob(validity.getId());

    Job rearmed = assertRearmed(instance, HonourModel.VALIDITY_ENDS, validity, end);
    assertThat(honours.get(honour.getId()).getState()).isEqualTo(HonourState.VALID);
    assertThat(refusalFor(validity.getId()).get("action").asText()).contains("业务键 honour-" + honour.getId());

    EngineClock.set(honour.getValidUntil().plusDays(1).atStartOfDay());
    management.executeJob(rearmed.getId());
    assertFiredOnce(instance, HonourModel.VALIDITY_ENDS);
    assertThat(honours.get(honour.getId()).getState()).isEqualTo(HonourState.EXPIRED);
  }

  /** The timer job waiting at the activity. */
  private Job timer(String instanceId, String activityId) {
    return management.createJobQuery().processInstanceId(instanceId).activityId(activityId).timers().singleResult();
  }

  private List<Job> jobs(String instanceId) {
    return management.createJobQuery().processInstanceId(instanceId).timers().list();
  }

  /** Still waiting at the timer, whose one job is due at the real end: unlocked, retries untouched, no incident. */
  private Job assertRearmed(String instanceId, String activityId, Job before, Date end) {
    assertThat(runtime.createExecutionQuery().processInstanceId(instanceId).activityId(activityId).count()).isEqualTo(1);
    Job after = timer(instanceId, activityId);
    assertThat(after.getId()).isNotEqualTo(before.getId());
    assertThat(after.getDuedate()).isEqualTo(end);
    assertThat(after.getRetries()).isEqualTo(before.getRetries());
    assertThat(after.getExceptionMessage()).isNull();
    assertThat(((JobEntity) after).getLockOwner()).isNull();
    assertThat(runtime.createIncidentQuery().processInstanceId(instanceId).count()).isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instanceId).activityId(activityId)
        .finished().count()).isZero();
    return after;
  }

  private void assertFiredOnce(String instanceId, String activityId) {
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instanceId).activityId(activityId)
        .finished().count()).isEqualTo(1);
    assertThat(timer(instanceId, activityId)).isNull();
  }

  /** The audit log's entry about the job, as the administrator reads it. */
  private JsonNode refusalFor(String jobId) {
    JsonNode page = HttpCaller.json(HttpCaller.basic(port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)
        .get("/api/audit/refusals?size=200"));
    List<JsonNode> found = new ArrayList<>();
    page.get("entries").forEach(entry -> {
      if (entry.get("action").asText().contains("（作业 " + jobId + "，")) {
        found.add(entry);
      }
    });
    assertThat(found).as("audit entries about job " + jobId).hasSize(1);
    return found.get(0);
  }

  private static Date instant(LocalDateTime time) {
    return Date.from(time.atZone(ZONE).toInstant());
  }

  private static String minute(Date date) {
    return LocalDateTime.ofInstant(date.toInstant(), ZONE).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
  }
}
