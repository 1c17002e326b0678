package org.qualityaward.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.edition.EditionService;
import org.qualityaward.edition.NewEdition;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.HttpCaller;
import org.qualityaward.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Tasklist start form that conflicts with what is stored (here: a second edition of a year) is the person's
 * to hear, not a server fault: 400 with the reason, as Tasklist shows it, over real HTTP; nothing starts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StartFormConflictTest {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtime;
  @Autowired EditionService editions;

  @Test
  @DisplayName("Art 15: starting an edition for a year that has one is 400 FormRefused saying so (it was Camunda's 500); no edition starts")
  void secondEditionOfAYear() {
    int year = EditionYears.next();
    LocalDate deadline = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Asia/Shanghai"))
        .plusDays(60);
    editions.open(new NewEdition(year, "已有的一届", deadline));
    TestUsers.ensure(identityService, "startoffice", "quality-office");
    long before = runtime.createProcessInstanceQuery().processDefinitionKey("award-edition").count();

    HttpResponse<String> refused = HttpCaller.basic(port, "startoffice", TestUsers.PASSWORD).post(
        "/engine-rest/process-definition/key/award-edition/submit-form",
        "{\"variables\":{\"year\":{\"value\":" + year + "},\"name\":{\"value\":\"重复的一届\"},"
            + "\"applicationDeadline\":{\"value\":\"" + deadline + "\"}}}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(HttpCaller.json(refused).path("type").asText()).isEqualTo("FormRefused");
    assertThat(HttpCaller.json(refused).path("message").asText()).startsWith("提交未成功：")
        .contains(year + " 年度已有一届评选");
    assertThat(HttpCaller.json(refused).path("problems").isArray()).isTrue();
    assertThat(HttpCaller.json(refused).path("problems")).as("a conflict names no field to correct").isEmpty();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("award-edition").count()).isEqualTo(before);
  }
}
