package org.qualityaward.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.application.AwardApplicationModel.RECOMMENDER_REVIEW;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationStage;
import org.qualityaward.honour.AwardLevel;
import org.qualityaward.honour.Honour;
import org.qualityaward.honour.Honours;
import org.qualityaward.revocation.RevocationFixtures;
import org.qualityaward.testing.ConditionAnswers;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.HttpCaller;
import org.qualityaward.testing.SampleCases;
import org.qualityaward.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Issue 15(4): a new version of {@code award-application} and {@code honour} is deployed while a case
 * waits for its recommender and an honour runs its five years; the administrator moves both onto the
 * new version and they go on with their data, task and timers as they were. A version the waiting
 * activity is gone from cannot take them: they stay, and the report says why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ModelUpgradeTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired Honours honours;

  @Test
  @DisplayName("running cases move onto the new version of their model with task, variables, records and timers intact")
  void runningCasesMoveOntoTheNewVersion() throws IOException {
    TestUsers.ensure(identityService, "upoffice", "quality-office");
    EditionDriver driver = new EditionDriver(context);
    int year = EditionYears.next();
    Application application = driver.submit(SampleCases.organization(
        driver.openEdition(year, year + "年度模型升级测试届").getId(), 7301));
    Task review = driver.caseTask(application, RECOMMENDER_REVIEW);
    String caseInstance = review.getProcessInstanceId();
    Map<String, Object> caseVariables = runtime.getVariables(caseInstance);
    Honour honour = RevocationFixtures.organisation(honours, AwardLevel.AWARD, LocalDate.of(2025, 12, 20));
    String honourInstance = honours.get(honour.getId()).getProcessInstanceId();
    Map<String, Date> timers = dueDates(honourInstance);
    assertThat(timers).isNotEmpty();

    deploy("award-application.bpmn", "审核申报材料的完整性", "审核申报材料（升级后的说明）的完整性");
    deploy("honour.bpmn", "会同有关单位回访获奖组织", "会同有关单位（升级后的说明）回访获奖组织");

    HttpCaller admin = HttpCaller.basic(port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    assertThat(HttpCaller.basic(port, "upoffice", TestUsers.PASSWORD).get("/api/admin/models").statusCode())
        .isEqualTo(403);
    JsonNode models = HttpCaller.json(admin.get("/api/admin/models"));
    JsonNode award = find(models, "award-application");
    assertThat(award.path("versions").get(0).path("runningInstances").asLong()).isZero();
    assertThat(award.path("versions").get(1).path("runningInstances").asLong()).isPositive();

    for (String key : new String[] {"award-application", "honour"}) {
      HttpResponse<String> moved = admin.post("/api/admin/models/" + key + "/migrate-to-latest", "");
      assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
      assertThat(HttpCaller.json(moved).get(0).path("problems")).isEmpty();
      assertThat(HttpCaller.json(moved).get(0).path("instances").asLong()).isPositive();
    }

    assertThat(definitionOf(caseInstance)).isEqualTo(latest("award-application"));
    assertThat(definitionOf(honourInstance)).isEqualTo(latest("honour"));
    assertThat(driver.caseTask(application, RECOMMENDER_REVIEW).getId()).isEqualTo(review.getId());
    assertThat(runtime.getVariables(caseInstance)).isEqualTo(caseVariables);
    assertThat(dueDates(honourInstance)).as("periods are not recomputed by an upgrade").isEqualTo(timers);
    assertThat(driver.refresh(application).getStage()).isEqualTo(ApplicationStage.RECOMMENDER_REVIEW);

    tasks.complete(review.getId(), ConditionAnswers.recommenderReview(true, "同意推荐"));
    assertThat(driver.refresh(application).getStage()).isEqualTo(ApplicationStage.RECOMMENDER_PUBLICITY);
  }

  @Test
  @DisplayName("a version without the activity an instance waits in cannot take it: the instance stays on its version, the report says why")
  void anInstanceTheNewVersionCannotTakeStays() {
    // a model of its own, so that no case of the shared context is touched
    repository.createDeployment().name("模型升级测试 probe").addModelInstance("upgrade-probe.bpmn",
        Bpmn.createExecutableProcess("upgrade-probe").name("升级探针").camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_Waiting").name("等待").endEvent().done()).deploy();
    String instance = runtime.startProcessInstanceByKey("upgrade-probe").getId();
    String before = definitionOf(instance);
    repository.createDeployment().name("模型升级测试 probe v2").addModelInstance("upgrade-probe.bpmn",
        Bpmn.createExecutableProcess("upgrade-probe").name("升级探针").camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_Renamed").name("等待").endEvent().done()).deploy();

    HttpResponse<String> moved = HttpCaller.basic(port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)
        .post("/api/admin/models/upgrade-probe/migrate-to-latest", "");
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    JsonNode report = HttpCaller.json(moved).get(0);
    assertThat(report.path("instances").asLong()).isZero();
    assertThat(report.path("problems").toString()).contains("Task_Waiting");
    assertThat(definitionOf(instance)).isEqualTo(before);
    repository.createDeploymentQuery().deploymentName("模型升级测试 probe").list()
        .forEach(d -> repository.deleteDeployment(d.getId(), true));
    repository.createDeploymentQuery().deploymentName("模型升级测试 probe v2").list()
        .forEach(d -> repository.deleteDeployment(d.getId(), true));
  }

  private Deployment deploy(String resource, String from, String to) throws IOException {
    String xml;
    try (InputStream in = getClass().getResourceAsStream("/processes/" + resource)) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(xml).contains(from);
    return repository.createDeployment().name("模型升级测试 " + resource)
        .addString(resource, xml.replace(from, to)).deploy();
  }

  private String definitionOf(String processInstanceId) {
    return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
        .getProcessDefinitionId();
  }

  private String latest(String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId();
  }

  private Map<String, Date> dueDates(String processInstanceId) {
    return management.createJobQuery().processInstanceId(processInstanceId).timers().list().stream()
        .collect(Collectors.toMap(Job::getId, Job::getDuedate));
  }

  private static JsonNode find(JsonNode models, String key) {
    for (JsonNode model : models) {
      if (model.path("key").asText().equals(key)) {
        return model;
      }
    }
    throw new AssertionError("no model " + key + " in " + models);
  }
}
