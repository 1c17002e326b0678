package org.qualityaward.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 5: inboxes sort by deadline. The role filter 「待我审核」 orders by due date, then by arrival,
 * through the engine REST API Tasklist uses — also when the request adds Tasklist's own default sort
 * (newest first), which the engine appends after the filter's ordering.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InboxOrderTest {

  private static final String USER = "inboxoffice";
  private static final String PASSWORD = "inbox-secret";

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired FilterService filterService;
  @Autowired IdentityService identityService;
  @Autowired ObjectMapper objectMapper;

  private final HttpClient http = HttpClient.newHttpClient();
  private final List<String> created = new ArrayList<>();

  @AfterEach
  void cleanUp() {
    EngineClock.reset();
    created.forEach(id -> taskService.deleteTask(id, true));
    identityService.deleteUser(USER);
  }

  @Test
  @DisplayName("「待我审核」 lists the earliest deadline first, equal deadlines by arrival, whatever sort Tasklist adds")
  void officeInboxSortsByDueDate() throws Exception {
    User user = identityService.newUser(USER);
    user.setPassword(PASSWORD);
    TestUsers.save(identityService, user);
    identityService.createMembership(USER, Role.QUALITY_OFFICE.groupId());

    String late = officeTask("最早到达、期限最晚", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20));
    String early = officeTask("期限最早", LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 10));
    String earlyToo = officeTask("期限同样最早、到达较晚", LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 10));
    String filterId = filterService.createFilterQuery().filterName(Role.QUALITY_OFFICE.filterName())
        .singleResult().getId();

    assertThat(ids(send(HttpRequest.newBuilder(uri("/engine-rest/filter/" + filterId + "/list")).GET())))
        .containsSubsequence(early, earlyToo, late);
    // Tasklist's default choice 「创建时间，降序」 comes after the filter's ordering
    String tasklistSort = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";
    assertThat(ids(send(HttpRequest.newBuilder(uri("/engine-rest/filter/" + filterId + "/list"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(tasklistSort)))))
        .containsSubsequence(early, earlyToo, late);
  }

  private String officeTask(String name, LocalDate arrivedOn, LocalDate lastDay) {
    EngineClock.startOf(arrivedOn);
    Task task = taskService.newTask();
    task.setName(name);
    task.setDueDate(Date.from(lastDay.atTime(23, 59, 59).atZone(EngineClock.ZONE).toInstant()));
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), Role.QUALITY_OFFICE.groupId());
    created.add(task.getId());
    return task.getId();
  }

  private JsonNode send(HttpRequest.Builder request) throws Exception {
    String basic = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response = http.send(request.header("Authorization", "Basic " + basic)
        .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return objectMapper.readTree(response.body());
  }

  private static List<String> ids(JsonNode tasks) {
    List<String> ids = new ArrayList<>();
    tasks.forEach(task -> ids.add(task.get("id").asText()));
    return ids;
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
