package org.qualityaward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.qualityaward.edition.AwardEditionModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.identity.DemoUsers;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.HttpCaller;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 15 item 3, the demonstration clock in the demo profile: the demo administrator moves the
 * engine's clock forward by working days or to a date and the timers due by then fire (the demo's
 * earlier winner's return visit, the demo edition's intake deadline) — a timer whose due date was moved
 * before its period's end is held to that end, as always; bad input is refused with a 400
 * naming the field; other users may not. The demo starts on Monday 2 March 2026 (its edition's intake
 * then closes at the end of 16 March).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:demo-clock;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
@ContextConfiguration(initializers = DemoClockTest.DemoStartsOnAMonday.class)
@DirtiesContext
class DemoClockTest {

  @LocalServerPort int port;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  /** Before the context starts, so that the demo data are made on that day. */
  static class DemoStartsOnAMonday implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
      EngineClock.startOf(LocalDate.of(2026, 3, 2));
    }
  }

  @AfterAll
  static void resetClock() {
    EngineClock.reset();
  }

  @Test
  @DisplayName("Demo: the administrator advances 3 working days, then until the day after the intake deadline; the timers due fire")
  void advanceFiresTheTimersDue() {
    // the office publishes the demo edition's notice: intake runs until the end of 16 March
    Task notice = tasks.createTaskQuery().processDefinitionKey(AwardEditionModel.PROCESS_KEY)
        .taskDefinitionKey(AwardEditionModel.PUBLISH_NOTICE).singleResult();
    tasks.complete(notice.getId(), Map.of("noticeIssuedOn", "2026-03-02", "noticeChannels", "保定日报、市政府网站"));
    // someone moved the intake deadline's due date to 3 March: it runs when due, but is held to its real end
    Job deadline = management.createJobQuery().processDefinitionKey(AwardEditionModel.PROCESS_KEY)
        .activityId(AwardEditionModel.APPLICATION_DEADLINE).singleResult();
    management.setJobDuedate(deadline.getId(), Date.from(LocalDate.of(2026, 3, 3).atStartOfDay(EngineClock.ZONE)
        .toInstant()));
    HttpCaller admin = HttpCaller.basic(port, "demo", DemoUsers.PASSWORD);
    JsonNode clock = HttpCaller.json(admin.get("/api/clock"));
    assertThat(clock.get("today").asText()).isEqualTo("2026-03-02");
    assertThat(clock.get("workingDay").asBoolean()).isTrue();
    assertThat(clock.get("nextWorkingDay").asText()).isEqualTo("2026-03-03");
    assertThat(clock.get("zone").asText()).isEqualTo("Asia/Shanghai");

    // the earlier winner's first return visit fell due long ago (two years after its award)
    JsonNode byDays = advance(admin, "{\"workingDays\": 3}", 200);
    assertThat(byDays.at("/clock/today").asText()).isEqualTo("2026-03-05");
    assertThat(byDays.at("/clock/now").asText()).startsWith("2026-03-05T09:00");
    assertThat(timers(byDays.get("firedTimers"))).as(byDays.toString()).contains("honour Timer_VisitDue")
        .doesNotContain("award-edition Timer_ApplicationDeadline");
    assertThat(timers(byDays.get("heldTimers"))).containsExactly("award-edition Timer_ApplicationDeadline");

    JsonNode untilDate = advance(admin, "{\"until\": \"2026-03-17\"}", 200);
    assertThat(untilDate.at("/clock/today").asText()).isEqualTo("2026-03-17");
    assertThat(timers(untilDate.get("firedTimers"))).as(untilDate.toString()).containsExactly("award-edition Timer_ApplicationDeadline");
    JsonNode intakeCloses = untilDate.get("firedTimers").get(0);
    assertThat(intakeCloses.get("activityName").asText()).isEqualTo("申报截止");
    assertThat(intakeCloses.get("businessKey").asText()).isEqualTo("edition-2026");
    assertThat(intakeCloses.get("due").asText()).startsWith("2026-03-17T00:00");
    assertThat(untilDate.get("failedJobs")).isEmpty();

    // the same day again: nothing moves, nothing is due any more
    assertThat(timers(advance(admin, "{\"until\": \"2026-03-17\"}", 200).get("firedTimers"))).isEmpty();
    assertThat(HttpCaller.json(admin.get("/api/clock")).get("today").asText()).isEqualTo("2026-03-17");
  }

  @Test
  @DisplayName("Demo: an until in the past, no or both fields, 0 working days or a malformed date are 400s naming the field")
  void badInputIsRefused() {
    HttpCaller admin = HttpCaller.basic(port, "demo", DemoUsers.PASSWORD);
    assertThat(advance(admin, "{\"until\": \"2026-03-01\"}", 400).get("detail").asText()).contains("until");
    assertThat(problemFields(advance(admin, "{\"until\": \"2026-03-01\"}", 400)).toString()).contains("不能早于今天");
    assertThat(advance(admin, "{}", 400).get("detail").asText()).contains("workingDays");
    assertThat(advance(admin, "{\"workingDays\": 2, \"until\": \"2026-12-31\"}", 400).get("detail").asText())
        .contains("workingDays");
    assertThat(advance(admin, "{\"workingDays\": 0}", 400).get("detail").asText()).contains("workingDays");
    assertThat(advance(admin, "{\"until\": \"2026-13-01\"}", 400).get("detail").asText()).contains("until");
  }

  @Test
  @DisplayName("Demo: only administrators read or move the clock (403 for the office, 401 without login)")
  void onlyAdministrators() {
    HttpCaller office = HttpCaller.basic(port, "office", DemoUsers.PASSWORD);
    assertThat(office.get("/api/clock").statusCode()).isEqualTo(403);
    assertThat(office.post("/api/clock/advance", "{\"workingDays\": 1}").statusCode()).isEqualTo(403);
    assertThat(HttpCaller.anonymous(port).post("/api/clock/advance", "{\"workingDays\": 1}").statusCode())
        .isEqualTo(401);
    assertThat(HttpCaller.anonymous(port).get("/api/clock").statusCode()).isEqualTo(401);
  }

  private static JsonNode advance(HttpCaller caller, String body, int status) {
    HttpResponse<String> response = caller.post("/api/clock/advance", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return HttpCaller.json(response);
  }

  /** "model activity" of each timer listed. */
  private static List<String> timers(JsonNode firedOrHeld) {
    List<String> timers = new ArrayList<>();
    firedOrHeld.forEach(t -> timers.add(t.get("processDefinitionKey").asText() + " "
        + t.get("activityId").asText()));
    return timers;
  }

  private static List<String> problemFields(JsonNode problem) {
    List<String> messages = new ArrayList<>();
    problem.path("errors").forEach(e -> messages.add(e.toString()));
    return messages;
  }
}
