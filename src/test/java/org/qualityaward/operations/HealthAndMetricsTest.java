package org.qualityaward.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qualityaward.application.Application;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.HttpCaller;
import org.qualityaward.testing.SampleCases;
import org.qualityaward.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Issue 15 item 5: /actuator/health with its probes for anyone, details for administrators only, and
 * /actuator/prometheus for administrators only, with the workload gauges counting what the engine and
 * the cases hold. The job executor exists here (tests elsewhere run without one) but stays stopped
 * except where a test starts it, so that the tests, not the executor, decide which jobs run. Tests export
 * no metrics unless asked (AutoConfigureObservability).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.job-execution.enabled=true", "qa.metrics.max-age=0s"})
@AutoConfigureObservability(tracing = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HealthAndMetricsTest {

  /** What a Prometheus server asks for, among others. */
  private static final String PROMETHEUS_TEXT = "text/plain;version=0.0.4";

  @LocalServerPort
  int port;
  @Autowired
  ApplicationContext context;
  @Autowired
  JobExecutor jobExecutor;
  @Autowired
  ManagementService management;
  @Autowired
  RuntimeService runtime;

  private EditionDriver driver;
  private HttpCaller admin;
  private HttpCaller office;

  @BeforeAll
  void openEdition(@Autowired IdentityService identity) {
    jobExecutor.shutdown();
    TestUsers.ensure(identity, "metricsoffice", "quality-office");
    admin = HttpCaller.basic(port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    office = HttpCaller.basic(port, "metricsoffice", TestUsers.PASSWORD);
    driver = new EditionDriver(context);
    driver.openEdition(EditionYears.next(), "监控测试");
  }

  @AfterAll
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  @DisplayName("anyone, staff included, reads the health status and the probes, without details")
  void statusForAnyone() {
    jobExecutor.start();
    try {
      statusOnly();
    } finally {
      jobExecutor.shutdown();
    }
  }

  private void statusOnly() {
    for (HttpCaller caller : new HttpCaller[] {HttpCaller.anonymous(port), office}) {
      for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
        HttpResponse<String> health = caller.get(path);
        assertThat(health.statusCode()).as(path).isEqualTo(200);
        JsonNode body = HttpCaller.json(health);
        assertThat(body.path("status").asText()).as(path).isEqualTo("UP");
        assertThat(body.has("components")).as(path + " shows no components").isFalse();
        assertThat(health.body()).as(path).doesNotContain("H2", "jobExecutor", "lockOwner", "font");
      }
    }
  }

  @Test
  @DisplayName("an administrator sees the database, the job executor and the reports' font; a stopped executor turns the status DOWN, not readiness")
  void detailsForAdministrators() {
    jobExecutor.start();
    try {
      JsonNode health = HttpCaller.json(admin.get("/actuator/health"));
      assertThat(health.path("status").asText()).isEqualTo("UP");
      assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");
      assertThat(health.at("/components/db/details/database").asText()).isEqualTo("H2");
      assertThat(health.at("/components/jobExecutor/status").asText()).isEqualTo("UP");
      assertThat(health.at("/components/jobExecutor/details/jobExecutor/lockOwner").asText()).isNotBlank();
      assertThat(health.at("/components/processEngine/status").asText()).isEqualTo("UP");
      assertThat(health.at("/components/feedbackReports/status").asText()).isEqualTo("UP");
      assertThat(health.at("/components/feedbackReports/details/path").asText()).endsWith(".ttc");
    } finally {
      jobExecutor.shutdown();
    }
    HttpResponse<String> down = admin.get("/actuator/health");
    assertThat(down.statusCode()).isEqualTo(503);
    assertThat(HttpCaller.json(down).at("/components/jobExecutor/status").asText()).isEqualTo("DOWN");
    assertThat(HttpCaller.anonymous(port).get("/actuator/health").statusCode()).isEqualTo(503);
    assertThat(HttpCaller.anonymous(port).get("/actuator/health/readiness").statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("prometheus only for administrators; no other actuator endpoint for anyone")
  void prometheusForAdministratorsOnly() {
    assertThat(HttpCaller.anonymous(port).get("/actuator/prometheus", PROMETHEUS_TEXT).statusCode()).isEqualTo(401);
    assertThat(office.get("/actuator/prometheus", PROMETHEUS_TEXT).statusCode()).isEqualTo(403);
    HttpResponse<String> scrape = admin.get("/actuator/prometheus", PROMETHEUS_TEXT);
    assertThat(scrape.statusCode()).isEqualTo(200);
    for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/metrics", "/actuator/beans",
        "/actuator/heapdump", "/actuator/shutdown"}) {
      assertThat(admin.get(path).statusCode()).as(path).isIn(403, 404);
      assertThat(HttpCaller.anonymous(port).get(path).statusCode()).as(path).isEqualTo(401);
    }
  }

  @Test
  @DisplayName("the gauges count a new case, its recommender's task, due and failed jobs and incidents; requests are timed")
  void gaugesCountTheWorkload() {
    String before = scrape();
    Application application = driver.submit(SampleCases.organization(driver.edition().getId(), 1));
    HttpCaller.anonymous(port).get("/api/editions/" + driver.edition().getId());
    String after = scrape();
    assertThat(driver.refresh(application).getStage().name()).isEqualTo("RECOMMENDER_REVIEW");
    assertThat(value(after, "qa_cases", "stage=\"RECOMMENDER_REVIEW\""))
        .isEqualTo(value(before, "qa_cases", "stage=\"RECOMMENDER_REVIEW\"") + 1);
    assertThat(value(after, "qa_tasks_open", "role=\"recommender\""))
        .isEqualTo(value(before, "qa_tasks_open", "role=\"recommender\"") + 1);
    assertThat(value(after, "qa_tasks_open", "role=\"city-government\"")).isZero();
    assertThat(after).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/editions/\\{id}\"");

    // past the intake deadline (end of 6 March) the edition's timer is due; one job failing for good
    // leaves the due jobs and becomes a failed job with an incident
    EngineClock.set(LocalDateTime.of(2026, 3, 9, 9, 0));
    String due = scrape();
    double dueJobs = value(due, "qa_jobs_due", "");
    assertThat(dueJobs).isEqualTo(management.createJobQuery().executable().count()).isPositive();
    Job job = management.createJobQuery().processInstanceId(driver.editionInstanceId()).executable().list().get(0);
    management.setJobRetries(job.getId(), 0);
    String failed = scrape();
    assertThat(value(failed, "qa_jobs_due", "")).isEqualTo(dueJobs - 1);
    assertThat(value(failed, "qa_jobs_failed", "")).isEqualTo(value(due, "qa_jobs_failed", "") + 1);
    assertThat(value(failed, "qa_incidents_open", "")).isEqualTo(value(due, "qa_incidents_open", "") + 1);
    assertThat(runtime.createIncidentQuery().configuration(job.getId()).count()).isOne();
  }

  private String scrape() {
    HttpResponse<String> scrape = admin.get("/actuator/prometheus", PROMETHEUS_TEXT);
    assertThat(scrape.statusCode()).isEqualTo(200);
    return scrape.body();
  }

  /** The value of the gauge's one line with that label (any, if empty). */
  private static double value(String scrape, String gauge, String label) {
    Matcher line = Pattern.compile("(?m)^" + gauge + "\\{[^}]*" + Pattern.quote(label) + "[^}]*} (\\S+)$").matcher(scrape);
    assertThat(line.find()).as(gauge + " " + label + " in\n" + scrape).isTrue();
    double value = Double.parseDouble(line.group(1));
    assertThat(line.find()).as("one line of " + gauge + " " + label).isFalse();
    return value;
  }
}
