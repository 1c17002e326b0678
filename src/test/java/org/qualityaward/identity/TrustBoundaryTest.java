package org.qualityaward.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qualityaward.application.AwardApplicationModel.CONSULT_DEPARTMENTS;
import static org.qualityaward.application.AwardApplicationModel.RECOMMENDER_REVIEW;
import static org.qualityaward.application.AwardApplicationModel.RECOMMENDER_SIGN_OFF;
import static org.qualityaward.evaluation.PanelMemberReviewModel.DECLARE_CONFLICT;
import static org.qualityaward.evaluation.PanelMemberReviewModel.SCORE_ORGANIZATION;
import static org.qualityaward.publicity.ObjectionModel.INVESTIGATE_OBJECTION;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.application.ApplicantCases;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationCases;
import org.qualityaward.application.ApplicationSubmissions;
import org.qualityaward.expert.ExpertPool;
import org.qualityaward.publicity.objection.FileObjectionCommand;
import org.qualityaward.review.Scoring;
import org.qualityaward.publicity.objection.Objection;
import org.qualityaward.publicity.objection.ObjectionService;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.HttpCaller;
import org.qualityaward.testing.SampleCases;
import org.qualityaward.testing.SampleExperts;
import org.qualityaward.testing.TestUsers;
import org.qualityaward.testing.ConditionAnswers;
import org.qualityaward.application.ConditionReview;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Issue 10: nobody steers a case with variables. Each forgery a new user tried with the demo logins,
 * over real HTTP (engine REST with Basic, and the webapps' engine API with a session and CSRF token),
 * is refused and leaves the case exactly as it was; the same people still work their tasks through
 * their forms. Same context as InboxOrderTest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrustBoundaryTest {

  private static final String PW = TestUsers.PASSWORD;

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ApplicationCases cases;
  @Autowired ObjectionService objections;
  @Autowired ExpertPool pool;
  @Autowired AuthorizationService authorizationService;
  @Autowired Scoring scoring;
  @Autowired ApplicantCases applicantCases;

  private EditionDriver driver;
  private Application mine;
  private Application other;
  private Long editionId;

  @BeforeEach
  void setUp() {
    TestUsers.ensure(identityService, "tbapplicant", "applicant");
    TestUsers.ensure(identityService, "tbassoc", "recommender-R-ASSOC-QA");
    TestUsers.ensure(identityService, "tbjx", "recommender-R-JX-MSR");
    TestUsers.ensure(identityService, "tbee", "recommender-R-CITY-EE");
    TestUsers.ensure(identityService, "tboffice", "quality-office");
    TestUsers.ensure(identityService, "tboffice2", "quality-office");
    TestUsers.ensure(identityService, "tbleader", "leading-group");
    driver = new EditionDriver(context);
    int year = EditionYears.next();
    editionId = driver.openEdition(year, year + "年度信任边界测试届").getId();
    mine = driver.submit(SampleCases.organization(editionId, 7101));
    other = driver.submit(SampleCases.organization(editionId, 7102));
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  private HttpCaller as(String userId) {
    return HttpCaller.basic(port, userId, PW);
  }

  private static List<String> problemFields(HttpResponse<String> response) {
    List<String> fields = new ArrayList<>();
    HttpCaller.json(response).path("problems").forEach(p -> fields.add(p.path("field").asText()));
    return fields;
  }

  /** The text with its first character written as %XX, as a client may send any path character. */
  private static String percentEncodedFirst(String text) {
    return String.format("%%%02X", (int) text.charAt(0)) + text.substring(1);
  }

  private long applicationCaseCount() {
    return runtime.createProcessInstanceQuery().processDefinitionKey("award-application").count();
  }

  @Test
  @DisplayName("an applicant's start naming another application and a reviewer group is 400 FormRefused; no case starts")
  void startWithForgedVariablesIsRefused() {
    long before = applicationCaseCount();
    String otherInstance = cases.get(other.getId()).getProcessInstanceId();

    HttpResponse<String> start = as("tbapplicant").post("/engine-rest/process-definition/key/award-application/start",
        "{\"variables\":{\"applicationId\":{\"value\":" + other.getId() + ",\"type\":\"Long\"},"
            + "\"recommenderGroup\":{\"value\":\"applicant\"},\"countyConsentRequired\":{\"value\":false}}}");

    assertThat(start.statusCode()).as(start.body()).isEqualTo(400);
    assertThat(HttpCaller.json(start).path("type").asText()).isEqualTo("FormRefused");
    assertThat(problemFields(start)).containsExactlyInAnyOrder("applicationId", "recommenderGroup", "countyConsentRequired");
    assertThat(applicationCaseCount()).isEqualTo(before);
    assertThat(cases.get(other.getId()).getProcessInstanceId()).isEqualTo(otherInstance);

    HttpResponse<String> encoded = as("tbapplicant").post("/engine-rest/process-definition/key/"
        + percentEncodedFirst("award-application") + "/start",
        "{\"variables\":{\"applicationId\":{\"value\":" + other.getId() + ",\"type\":\"Long\"}}}");
    assertThat(encoded.statusCode()).as(encoded.body()).isEqualTo(400);
    assertThat(problemFields(encoded)).containsExactly("applicationId");

    HttpResponse<String> keyed = as("tbapplicant").post("/engine-rest/process-definition/key/award-application/start",
        "{\"businessKey\":\"" + other.getApplicationNumber() + "\",\"variables\":{}}");
    assertThat(keyed.statusCode()).isEqualTo(400);
    assertThat(problemFields(keyed)).containsExactly("businessKey");

    HttpResponse<String> skipping = as("tbapplicant").post("/engine-rest/process-definition/key/award-application/start",
        "{\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_QualificationReview\"}],"
            + "\"skipCustomListeners\":true}");
    assertThat(skipping.statusCode()).isEqualTo(400);
    assertThat(problemFields(skipping)).containsExactlyInAnyOrder("startInstructions", "skipCustomListeners");
    assertThat(applicationCaseCount()).isEqualTo(before);
  }

  @Test
  @DisplayName("a case starts on the latest version of its model only: an older version, named by its id, is 400 (it may route as the rules no longer allow), with or without a body, through either API; no case starts")
  void startOnAnOlderVersionIsRefused() throws Exception {
    ProcessDefinition current = repository.createProcessDefinitionQuery().processDefinitionKey("award-application")
        .latestVersion().singleResult();
    String upgrade;
    try (InputStream model = Files.newInputStream(Path.of("processes/award-application.bpmn"))) {
      upgrade = repository.createDeployment().name("升级").enableDuplicateFiltering(false)
          .addInputStream("award-application.bpmn", model).deploy().getId();
    }
    try {
      long before = applicationCaseCount();
      HttpResponse<String> older = as("tbapplicant").post("/engine-rest/process-definition/" + current.getId() + "/start",
          "{\"variables\":{}}");
      assertThat(older.statusCode()).as(older.body()).isEqualTo(400);
      assertThat(problemFields(older)).containsExactly("id");
      assertThat(HttpCaller.json(older).path("message").asText()).contains("已被新版本取代，只能按最新版本启动");
      // nor with no body at all (the engine would take it as {}), nor through the webapps' copy of the API
      HttpResponse<String> empty = as("tbapplicant").post("/engine-rest/process-definition/" + current.getId() + "/start",
          "");
      assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
      assertThat(problemFields(empty)).containsExactly("id");
      HttpCaller tasklist = HttpCaller.webapp(port, "tbapplicant", PW, "tasklist");
      HttpResponse<String> webapp = tasklist.post("/camunda/api/engine/engine/default/process-definition/"
          + current.getId() + "/submit-form", "");
      assertThat(webapp.statusCode()).as(webapp.body()).isEqualTo(400);
      assertThat(problemFields(webapp)).containsExactly("id");
      assertThat(applicationCaseCount()).isEqualTo(before);
    } finally {
      repository.deleteDeployment(upgrade, true);
    }
  }

  @Test
  @DisplayName("Art 16 item 4: a case start that names an existing application is refused by the model itself too")
  void engineRefusesToRebindAnExistingApplication() {
    long before = applicationCaseCount();
    assertThatThrownBy(() -> runtime.createProcessInstanceByKey("award-application")
        .businessKey(other.getApplicationNumber())
        .setVariable("applicationId", other.getId())
        .execute())
        .hasMessageContaining("只能为新登记的申报启动案件");
    assertThat(applicationCaseCount()).isEqualTo(before);
  }

  @Test
  @DisplayName("Art 16: a recommender can neither rewrite routing variables nor skip county consent; its form still works")
  void recommenderCannotSteerTheCase() {
    Task review = driver.caseTask(mine, RECOMMENDER_REVIEW);
    String instance = review.getProcessInstanceId();
    HttpCaller assoc = as("tbassoc");

    HttpResponse<String> put = assoc.put("/engine-rest/task/" + review.getId() + "/variables/recommenderGroup",
        "{\"value\":\"recommender-R-JX-MSR\"}");
    assertThat(put.statusCode()).as(put.body()).isEqualTo(403);
    HttpResponse<String> modify = assoc.post("/engine-rest/process-instance/" + instance + "/variables",
        "{\"modifications\":{\"countyConsentRequired\":{\"value\":false}}}");
    assertThat(modify.statusCode()).isEqualTo(403);
    HttpResponse<String> local = assoc.put("/engine-rest/task/" + review.getId() + "/localVariables/approved",
        "{\"value\":true}");
    assertThat(local.statusCode()).isEqualTo(403);
    HttpResponse<String> error = assoc.post("/engine-rest/task/" + review.getId() + "/bpmnError",
        "{\"errorCode\":\"x\"}");
    assertThat(error.statusCode()).isEqualTo(403);
    HttpResponse<String> forged = assoc.post("/engine-rest/task/" + review.getId() + "/complete",
        "{\"variables\":{\"approved\":{\"value\":true},\"comment\":{\"value\":\"同意推荐\"},"
            + "\"countyConsentRequired\":{\"value\":false}}}");
    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(problemFields(forged)).containsExactly("countyConsentRequired");
    // the same with a character of the task's id percent-encoded, which the engine's REST decodes
    HttpResponse<String> encoded = assoc.post("/engine-rest/task/" + percentEncodedFirst(review.getId()) + "/complete",
        "{\"variables\":{\"approved\":{\"value\":true},\"comment\":{\"value\":\"同意推荐\"},"
            + "\"countyConsentRequired\":{\"value\":false}}}");
    assertThat(encoded.statusCode()).as(encoded.body()).isEqualTo(400);
    assertThat(problemFields(encoded)).containsExactly("countyConsentRequired");
    // the applicant "recommending" its own case: not its task
    assertThat(as("tbapplicant").post("/engine-rest/task/" + review.getId() + "/complete",
        "{\"variables\":{\"approved\":{\"value\":true},\"comment\":{\"value\":\"同意推荐\"}}}").statusCode())
        .isEqualTo(403);
    HttpResponse<String> otherUnit = as("tbjx").post("/engine-rest/task/" + review.getId() + "/complete",
        "{\"variables\":{\"approved\":{\"value\":false},\"comment\":{\"value\":\"不同意\"}}}");
    assertThat(otherUnit.statusCode()).isEqualTo(403);

    assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).isEqualTo(1);
    assertThat(runtime.getVariable(instance, "recommenderGroup")).isEqualTo("recommender-R-ASSOC-QA");
    assertThat(runtime.getVariable(instance, "countyConsentRequired")).isEqualTo(false);

    // nor hand the task to the applicant by claiming it for them (Camunda would let the claimant work it);
    // claiming it for oneself, as Tasklist does, works
    HttpResponse<String> handedOver = assoc.post("/engine-rest/task/" + review.getId() + "/claim",
        "{\"userId\":\"tbapplicant\"}");
    assertThat(handedOver.statusCode()).as(handedOver.body()).isEqualTo(403);
    assertThat(HttpCaller.json(handedOver).path("message").asText()).contains("本人认领");
    assertThat(tasks.createTaskQuery().taskId(review.getId()).singleResult().getAssignee()).isNull();
    assertThat(assoc.post("/engine-rest/task/" + review.getId() + "/claim", "{\"userId\":\"tbassoc\"}").statusCode())
        .isEqualTo(204);

    // an honest client reads the form first and echoes its read-only revision, as Tasklist does
    String revision = HttpCaller.json(assoc.get("/engine-rest/task/" + review.getId() + "/form-variables"))
        .path("materialRevision").path("value").asText();
    HttpResponse<String> honest = assoc.post("/engine-rest/task/" + review.getId() + "/complete",
        "{\"variables\":{\"approved\":{\"value\":true},\"comment\":{\"value\":\"材料完整真实，同意推荐\"}"
            + ConditionAnswers.json(ConditionReview.Step.RECOMMENDER) + ",\"materialRevision\":{\"value\":\"" + revision
            + "\"}}}");
    assertThat(honest.statusCode()).as(honest.body()).isEqualTo(204);
  }

  @Test
  @DisplayName("Art 16: a unit's decision is the unit's: an administrator may open the review but not decide it, nor may a"
      + " unit member decide the application they submitted themselves")
  void aUnitDecidesForItself() {
    // made a member in Admin, past the unit page's guard against applicants' accounts
    TestUsers.ensure(identityService, "tbboth", "recommender-R-ASSOC-QA");
    Application own = driver.track(context.getBean(ApplicationSubmissions.class)
        .submit(SampleCases.organization(editionId, 7103), "tbboth"));
    Task review = driver.caseTask(own, RECOMMENDER_REVIEW);
    HttpCaller admin = HttpCaller.basic(port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    String revision = HttpCaller.json(admin.get("/engine-rest/task/" + review.getId() + "/form-variables"))
        .path("materialRevision").path("value").asText();
    String approval = "{\"variables\":{\"approved\":{\"value\":true},\"comment\":{\"value\":\"同意推荐\"}"
        + ConditionAnswers.json(ConditionReview.Step.RECOMMENDER) + ",\"materialRevision\":{\"value\":\"" + revision
        + "\"}}}";

    HttpResponse<String> byAdmin = admin.post("/engine-rest/task/" + review.getId() + "/complete", approval);
    assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(400);
    assertThat(byAdmin.body()).contains("只能由本单位（recommender-R-ASSOC-QA）的人员办理");
    HttpResponse<String> bySubmitter = as("tbboth").post("/engine-rest/task/" + review.getId() + "/complete", approval);
    assertThat(bySubmitter.statusCode()).as(bySubmitter.body()).isEqualTo(400);
    assertThat(bySubmitter.body()).contains("不能由提交该申报的用户本人办理");
    assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).isOne();

    HttpResponse<String> byUnit = as("tbassoc").post("/engine-rest/task/" + review.getId() + "/complete", approval);
    assertThat(byUnit.statusCode()).as(byUnit.body()).isEqualTo(204);
  }

  @Test
  @DisplayName("Art 16: the recommender's publicity goes to the unit on record, even if a variable named another")
  void routingComesFromOurRecords() {
    Task review = driver.caseTask(mine, RECOMMENDER_REVIEW);
    // as if a routing variable had been forged past every gate
    runtime.setVariable(review.getProcessInstanceId(), "recommenderGroup", "applicant");
    tasks.complete(review.getId(), ConditionAnswers.recommenderReview(true, "同意推荐"));

    ProcessInstance publicity = driver.publicityOf(review.getProcessInstanceId());
    assertThat(runtime.getVariable(publicity.getId(), "handlerGroup")).isEqualTo("recommender-R-ASSOC-QA");
  }

  @Test
  @DisplayName("the webapps' engine API (session + CSRF) holds the same line as /engine-rest")
  void webappEngineApiHoldsTheSameLine() {
    Task review = driver.caseTask(mine, RECOMMENDER_REVIEW);
    HttpCaller tasklist = HttpCaller.webapp(port, "tbassoc", PW, "tasklist");
    String engine = "/camunda/api/engine/engine/default";

    assertThat(tasklist.get(engine + "/task/" + review.getId()).statusCode()).isEqualTo(200);
    assertThat(tasklist.put(engine + "/task/" + review.getId() + "/variables/recommenderGroup",
        "{\"value\":\"recommender-R-JX-MSR\"}").statusCode()).isEqualTo(403);
    HttpResponse<String> forged = tasklist.post(engine + "/task/" + review.getId() + "/submit-form",
        "{\"variables\":{\"approved\":{\"value\":false},\"comment\":{\"value\":\"不同意\"},"
            + "\"applicationId\":{\"value\":" + other.getId() + "}}}");
    assertThat(forged.statusCode()).as(forged.body()).isEqualTo(400);
    assertThat(problemFields(forged)).containsExactly("applicationId");
    assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).isEqualTo(1);
  }

  @Test
  @DisplayName("Art 16: the recommending unit decides on the material it opened; a correction after opening the form refuses the decision once (409), saying what changed; the decision sent again is made knowing it")
  void recommenderDecidesOnWhatItOpened() {
    Task review = driver.caseTask(mine, RECOMMENDER_REVIEW);
    HttpCaller assoc = as("tbassoc");
    String opened = HttpCaller.json(assoc.get("/engine-rest/task/" + review.getId() + "/form-variables"))
        .path("materialRevision").path("value").asText();
    String decision = "{\"variables\":{\"approved\":{\"value\":true},\"comment\":{\"value\":\"同意推荐\"}"
        + ConditionAnswers.json(ConditionReview.Step.RECOMMENDER) + ",\"materialRevision\":{\"value\":\"%s\"}}}";

    applicantCases.correctSelfAssessment(mine.getSubmittedBy(), mine.getApplicationNumber(), "改写后的自我评价：补充了近三年的顾客满意度数据。");
    // another unit's member may not work the task: the engine refuses, and nothing of it is told or marked
    HttpResponse<String> stranger = as("tbjx").post("/engine-rest/task/" + review.getId() + "/complete",
        decision.formatted(opened));
    assertThat(stranger.statusCode()).as(stranger.body()).isEqualTo(403);
    assertThat(stranger.body()).doesNotContain("申报材料版本");
    HttpResponse<String> stale = assoc.post("/engine-rest/task/" + review.getId() + "/complete", decision.formatted(opened));
    assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
    assertThat(HttpCaller.json(stale).path("message").asText()).contains("「申报材料版本」在您打开表单后已变化",
        "打开时为 " + opened, "核对后再次提交");
    assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).isEqualTo(1);
    // another correction after that: told again
    applicantCases.correctSelfAssessment(mine.getSubmittedBy(), mine.getApplicationNumber(), "再次改写的自我评价：补充了质量损失率数据。");
    assertThat(assoc.post("/engine-rest/task/" + review.getId() + "/complete", decision.formatted(opened)).statusCode())
        .isEqualTo(409);

    // sent again as it was (Tasklist brings back a form saved in the browser with the revision it had): made knowing it
    HttpResponse<String> decided = assoc.post("/engine-rest/task/" + review.getId() + "/complete",
        decision.formatted(opened));
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(204);
    // the echoed revision was the task's own: the case keeps no stale copy of it
    assertThat(runtime.getVariable(cases.get(mine.getId()).getProcessInstanceId(), "materialRevision")).isNull();
  }

  @Test
  @DisplayName("Art 16: a REST client that never read the review form, sending no material revision, is told the current one once (409); sent again, the decision is made knowing it")
  void recommenderWhoNeverOpenedIsToldTheRevision() {
    Task review = driver.caseTask(mine, RECOMMENDER_REVIEW);
    HttpCaller assoc = as("tbassoc");
    String decision = "{\"variables\":{\"approved\":{\"value\":true},\"comment\":{\"value\":\"同意推荐\"}"
        + ConditionAnswers.json(ConditionReview.Step.RECOMMENDER) + "}}";
    HttpResponse<String> unread = assoc.post("/engine-rest/task/" + review.getId() + "/complete", decision);
    assertThat(unread.statusCode()).as(unread.body()).isEqualTo(409);
    assertThat(HttpCaller.json(unread).path("message").asText()).contains("提交中没有「申报材料版本」", "核对后再次提交");
    assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).isEqualTo(1);

    HttpResponse<String> decided = assoc.post("/engine-rest/task/" + review.getId() + "/complete", decision);
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(204);
  }

  @Test
  @DisplayName("Art 17: a consulted department answers only for itself; the read-only department echoed unchanged is fine")
  void departmentAnswersOnlyForItself() {
    Task review = driver.caseTask(mine, RECOMMENDER_REVIEW);
    tasks.complete(review.getId(), ConditionAnswers.recommenderReview(true, "同意推荐"));
    driver.advanceTo(EditionDriver.DEADLINE.plusDays(1).atTime(9, 0));
    driver.passPublicity(cases.get(mine.getId()).getProcessInstanceId());
    tasks.complete(driver.caseTask(mine, RECOMMENDER_SIGN_OFF).getId(),
        Map.of("materialsVerified", true, "signOffOpinion", "同意推荐"));
    String instance = cases.get(mine.getId()).getProcessInstanceId();
    Task ee = opinionTask(instance, "R-CITY-EE");
    Task em = opinionTask(instance, "R-CITY-EM");

    HttpResponse<String> forged = as("tbee").post("/engine-rest/task/" + ee.getId() + "/complete",
        "{\"variables\":{\"approved\":{\"value\":true},\"comment\":{\"value\":\"无不良记录\"},"
            + "\"department\":{\"value\":\"R-CITY-EM\"}}}");
    assertThat(forged.statusCode()).as(forged.body()).isEqualTo(400);
    assertThat(problemFields(forged)).containsExactly("department");
    assertThat(as("tbee").post("/engine-rest/task/" + em.getId() + "/complete",
        "{\"variables\":{\"approved\":{\"value\":true},\"comment\":{\"value\":\"无不良记录\"}}}").statusCode())
        .isEqualTo(403);

    HttpResponse<String> honest = as("tbee").post("/engine-rest/task/" + ee.getId() + "/complete",
        "{\"variables\":{\"approved\":{\"value\":true},\"comment\":{\"value\":\"近5年无不良记录\"},"
            + "\"department\":{\"value\":\"R-CITY-EE\"}}}");
    assertThat(honest.statusCode()).as(honest.body()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(em.getId()).count()).isEqualTo(1);
  }

  private Task opinionTask(String instance, String department) {
    return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(CONSULT_DEPARTMENTS)
        .taskCandidateGroup("recommender-" + department).singleResult();
  }

  @Test
  @DisplayName("Art 17, 21: an objection's conclusion cannot name another objection; a 409 names the completer only to its own people")
  void objectionsStayTheirOwn() {
    Task review = driver.caseTask(mine, RECOMMENDER_REVIEW);
    tasks.complete(review.getId(), ConditionAnswers.recommenderReview(true, "同意推荐"));
    tasks.complete(driver.caseTask(other, RECOMMENDER_REVIEW).getId(), ConditionAnswers.recommenderReview(true, "同意推荐"));
    ProcessInstance publicity = driver.publicityOf(cases.get(mine.getId()).getProcessInstanceId());
    Long publicityId = (Long) runtime.getVariable(publicity.getId(), "publicityId");
    Objection objection = objections.file(publicityId, new FileObjectionCommand("赵六", "13803120000",
        mine.getId(), "该企业近三年发生过质量事故，申报材料未如实说明。"));
    ProcessInstance otherPublicity = driver.publicityOf(cases.get(other.getId()).getProcessInstanceId());
    Objection against = objections.file((Long) runtime.getVariable(otherPublicity.getId(), "publicityId"),
        new FileObjectionCommand("钱七", "13803120001", other.getId(), "该企业的申报材料有不实之处，请核查。"));
    Task investigate = tasks.createTaskQuery().taskDefinitionKey(INVESTIGATE_OBJECTION)
        .processVariableValueEquals("objectionId", objection.getId()).singleResult();

    HttpResponse<String> forged = as("tbassoc").post("/engine-rest/task/" + investigate.getId() + "/complete",
        "{\"variables\":{\"findings\":{\"value\":\"经核查属实\"},\"objectionId\":{\"value\":" + against.getId()
            + ",\"type\":\"Long\"}}}");
    assertThat(forged.statusCode()).as(forged.body()).isEqualTo(400);
    assertThat(problemFields(forged)).contains("objectionId");
    assertThat(runtime.getVariable(investigate.getProcessInstanceId(), "objectionId")).isEqualTo(objection.getId());

    assertThat(as("tbassoc").post("/engine-rest/task/" + investigate.getId() + "/complete",
        "{\"variables\":{\"findings\":{\"value\":\"经核查，反映情况不属实\"}}}").statusCode()).isEqualTo(204);
    HttpResponse<String> again = as("tbassoc").post("/engine-rest/task/" + investigate.getId() + "/complete",
        "{\"variables\":{\"findings\":{\"value\":\"再次提交\"}}}");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(HttpCaller.json(again).path("completedBy").asText()).isEqualTo("tbassoc");
    HttpResponse<String> stranger = as("tbjx").post("/engine-rest/task/" + investigate.getId() + "/complete",
        "{\"variables\":{\"findings\":{\"value\":\"我来看看是谁\"}}}");
    assertThat(stranger.statusCode()).isEqualTo(409);
    JsonNode body = HttpCaller.json(stranger);
    assertThat(body.has("completedBy")).isFalse();
    assertThat(body.path("message").asText()).doesNotContain("tbassoc").doesNotContain("赵六");
  }

  @Test
  @DisplayName("Art 18: an expert scores only their own membership: no variable names another member or case")
  void expertScoresOnlyAsThemselves() {
    SampleExperts.ensurePool(pool, identityService, 3);
    driver.acceptAll(List.of(mine, other));
    ProcessInstance panel = driver.panelOf(mine);
    List<ProcessInstance> members = runtime.createProcessInstanceQuery().superProcessInstanceId(panel.getId())
        .processDefinitionKey("panel-member-review").list();
    Task declaration = tasks.createTaskQuery().processInstanceId(members.get(0).getId())
        .taskDefinitionKey(DECLARE_CONFLICT).singleResult();
    String expert = declaration.getAssignee();
    String colleague = tasks.createTaskQuery().processInstanceId(members.get(1).getId()).singleResult().getAssignee();
    HttpCaller member = HttpCaller.basic(port, expert, SampleExperts.PASSWORD);

    HttpResponse<String> forged = member.post("/engine-rest/task/" + declaration.getId() + "/complete",
        "{\"variables\":{\"conflictOfInterest\":{\"value\":false},\"confidentialityUndertaking\":{\"value\":true},\"expertUserId\":{\"value\":\"" + colleague + "\"},"
            + "\"applicationId\":{\"value\":" + other.getId() + ",\"type\":\"Long\"}}}");
    assertThat(forged.statusCode()).as(forged.body()).isEqualTo(400);
    assertThat(problemFields(forged)).containsExactlyInAnyOrder("expertUserId", "applicationId");
    assertThat(HttpCaller.basic(port, colleague, SampleExperts.PASSWORD)
        .post("/engine-rest/task/" + declaration.getId() + "/complete",
            "{\"variables\":{\"conflictOfInterest\":{\"value\":false},\"confidentialityUndertaking\":{\"value\":true}}}").statusCode()).isEqualTo(403);
    assertThat(member.post("/engine-rest/task/" + declaration.getId() + "/complete",
        "{\"variables\":{\"conflictOfInterest\":{\"value\":false},\"confidentialityUndertaking\":{\"value\":true}}}").statusCode()).isEqualTo(204);

    driver.runDueJobs();
    Task score = tasks.createTaskQuery().processInstanceId(members.get(0).getId())
        .taskDefinitionKey(SCORE_ORGANIZATION).singleResult();
    Map<String, Object> valid = EditionDriver.scores(scoring.sheetFor(mine.getId()), new BigDecimal("800"));
    // not even an administrator (who passes every authorization check) scores on a member's behalf
    identityService.setAuthentication("admin", List.of(Role.CAMUNDA_ADMIN.groupId()));
    try {
      assertThatThrownBy(() -> tasks.complete(score.getId(), valid))
          .hasMessageContaining("只能由分配到的本人办理");
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(runtime.getVariable(members.get(0).getId(), "expertUserId")).isEqualTo(expert);
    assertThat(tasks.createTaskQuery().taskId(score.getId()).count()).isEqualTo(1);
  }

  @Test
  @DisplayName("refused attempts land in the audit log, which only administrators read; an administrator may still set a variable")
  void auditLogAndAdministrator() {
    Task review = driver.caseTask(mine, RECOMMENDER_REVIEW);
    as("tbassoc").put("/engine-rest/task/" + review.getId() + "/variables/recommenderGroup", "{\"value\":\"x\"}");

    HttpResponse<String> log = HttpCaller.basic(port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD).get("/api/audit/refusals?user=tbassoc");
    assertThat(log.statusCode()).isEqualTo(200);
    assertThat(log.body()).contains("/engine-rest/task/" + review.getId() + "/variables/recommenderGroup");
    assertThat(as("tbassoc").get("/api/audit/refusals").statusCode()).isEqualTo(403);
    assertThat(as("tboffice").get("/api/audit/refusals").statusCode()).isEqualTo(403);
    assertThat(HttpCaller.anonymous(port).get("/api/audit/refusals").statusCode()).isEqualTo(401);

    HttpResponse<String> admin = HttpCaller.basic(port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)
        .put("/engine-rest/task/" + review.getId() + "/localVariables/note", "{\"value\":\"管理员维护\"}");
    assertThat(admin.statusCode()).as(admin.body()).isEqualTo(204);
  }

  @Test
  @DisplayName("a task created before the trust boundary loses UPDATE at start-up: its people work it, nothing more")
  void oldTaskGrantsAreNarrowed() {
    Task review = driver.caseTask(mine, RECOMMENDER_REVIEW);
    Authorization old = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    old.setUserId("tbjx");
    old.setResource(Resources.TASK);
    old.setResourceId(review.getId());
    old.addPermission(Permissions.READ);
    old.addPermission(Permissions.UPDATE);
    authorizationService.saveAuthorization(old);

    context.getBean(TaskPermissionUpgrade.class).run(null);

    Authorization now = authorizationService.createAuthorizationQuery().userIdIn("tbjx")
        .resourceType(Resources.TASK).resourceId(review.getId()).singleResult();
    assertThat(now.isPermissionGranted(Permissions.UPDATE)).isFalse();
    assertThat(now.isPermissionGranted(Permissions.TASK_WORK)).isTrue();
    assertThat(as("tbjx").put("/engine-rest/task/" + review.getId() + "/variables/recommenderGroup",
        "{\"value\":\"recommender-R-JX-MSR\"}").statusCode()).isEqualTo(403);
    assertThat(runtime.getVariable(review.getProcessInstanceId(), "recommenderGroup")).isEqualTo("recommender-R-ASSOC-QA");
  }
}
