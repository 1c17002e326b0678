package org.qualityaward.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:identity;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
@DirtiesContext
class IdentityDemoTest {

  private static final String REVIEW_PROCESS = "identity-test-review";

  /** Each demo user and the one filter they must see. */
  private static final Map<String, String> FILTER_OF_USER = Map.ofEntries(
      Map.entry("office", "待我审核"), Map.entry("office2", "待我审核"),
      Map.entry("leader", "待领导小组决定"), Map.entry("cityhall", "待市政府审批"),
      Map.entry("regulator", "回访任务"), Map.entry("county", "待我同意"),
      Map.entry("expert01", "我的评审任务"), Map.entry("expert02", "我的评审任务"),
      Map.entry("expert03", "我的评审任务"), Map.entry("applicant1", "我的申报"),
      Map.entry("applicant2", "我的申报"), Map.entry("jingxiu", "推荐审核"),
      Map.entry("gongxin", "推荐审核"), Map.entry("xiehui", "推荐审核"));

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired FilterService filterService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ObjectMapper objectMapper;

  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void clearAuthentication() {
    identityService.clearAuthentication();
  }

  @Test
  @DisplayName("every role of DESIGN §2 is a group with its Chinese name; demo units have their own groups")
  void groupsExist() {
    Map<String, String> names = identityService.createGroupQuery().list().stream()
        .collect(Collectors.toMap(Group::getId, Group::getName));
    assertThat(names).contains(
        Map.entry("applicant", "申报单位/个人"), Map.entry("recommender", "推荐单位"),
        Map.entry("county-coordination", "县级质量强县议事协调机构"), Map.entry("quality-office", "市质强办"),
        Map.entry("expert", "评审专家"), Map.entry("leading-group", "领导小组"),
        Map.entry("city-government", "市政府"), Map.entry("market-regulator", "市场监管部门"),
        Map.entry("recommender-R-JX-MSR", "竞秀区市场监督管理局"),
        Map.entry("recommender-R-CITY-IIT", "保定市工业和信息化局"),
        Map.entry("recommender-R-ASSOC-QA", "保定市质量协会"),
        Map.entry("county-130602", "竞秀区质量强区议事协调机构"));
    assertThat(names).containsKey("camunda-admin");
  }

  @Test
  @DisplayName("each filter is readable by exactly its role's groups (unit groups share their role's filter)")
  void filterReadAuthorizations() {
    // every unit of the recommender table has its group (recommender.RecommenderGroups)
    Set<String> recommenderGroups = groupIdsStartingWith("recommender");
    Set<String> countyGroups = groupIdsStartingWith("county");
    assertThat(recommenderGroups).contains("recommender", "recommender-R-JX-MSR", "recommender-R-CITY-EE").hasSize(15);
    assertThat(countyGroups).contains("county-coordination", "county-130602").hasSize(9);
    Map<String, Set<String>> readersOfFilter = Map.of(
        "待我审核", Set.of("quality-office"),
        "推荐审核", recommenderGroups,
        "待我同意", countyGroups,
        "我的评审任务", Set.of("expert"),
        "待领导小组决定", Set.of("leading-group"),
        "待市政府审批", Set.of("city-government"),
        "回访任务", Set.of("market-regulator"),
        "我的申报", Set.of("applicant"));
    List<Filter> filters = filterService.createFilterQuery().list();
    assertThat(filters).extracting(Filter::getName)
        .containsExactlyInAnyOrderElementsOf(readersOfFilter.keySet());
    for (Filter filter : filters) {
      Set<String> readers = authorizationService.createAuthorizationQuery()
          .resourceType(Resources.FILTER).resourceId(filter.getId()).list().stream()
          .filter(a -> a.isPermissionGranted(Permissions.READ))
          .map(Authorization::getGroupId)
          .collect(Collectors.toSet());
      // camunda-admin reads every filter through its ALL on "*".
      assertThat(readers).as(filter.getName()).isEqualTo(readersOfFilter.get(filter.getName()));
    }
  }

  private Set<String> groupIdsStartingWith(String prefix) {
    return identityService.createGroupQuery().list().stream().map(Group::getId)
        .filter(id -> id.startsWith(prefix)).collect(Collectors.toSet());
  }

  @Test
  @DisplayName("a user of each role sees only its own filter; the administrator sees all")
  void eachUserSeesOnlyItsFilter() {
    FILTER_OF_USER.forEach((userId, filterName) -> {
      authenticate(userId);
      assertThat(filterService.createFilterQuery().list()).as(userId)
          .extracting(Filter::getName).containsExactly(filterName);
    });
    authenticate("demo");
    assertThat(filterService.createFilterQuery().list()).hasSize(8);
  }

  @Test
  @DisplayName("demo users have Chinese names, password demo, and Tasklist access; Cockpit only for office and leading group")
  void demoUsersAndApplications() {
    assertThat(identityService.createUserQuery().userId("office").singleResult())
        .extracting("lastName", "firstName").containsExactly("张", "明");
    for (String userId : FILTER_OF_USER.keySet()) {
      assertThat(identityService.checkPassword(userId, "demo")).as(userId).isTrue();
      assertThat(isAuthorized(userId, Permissions.ACCESS, Resources.APPLICATION, "tasklist")).as(userId).isTrue();
      boolean manager = userId.startsWith("office") || userId.equals("leader");
      assertThat(isAuthorized(userId, Permissions.ACCESS, Resources.APPLICATION, "cockpit")).as(userId).isEqualTo(manager);
      assertThat(isAuthorized(userId, Permissions.ACCESS, Resources.APPLICATION, "admin")).as(userId).isFalse();
    }
    assertThat(identityService.checkPassword("demo", "demo")).isTrue();
    assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").userId("demo").count()).isOne();
    assertThat(isAuthorized("demo", Permissions.ACCESS, Resources.APPLICATION, "admin")).isTrue();
  }

  @Test
  @DisplayName("applicant may start award-application only, the office award-edition only, nobody else anything")
  void whoStartsWhat() {
    for (String userId : FILTER_OF_USER.keySet()) {
      boolean applicant = userId.startsWith("applicant");
      boolean office = userId.startsWith("office");
      assertThat(maystart(userId, RoleGroups.AWARD_APPLICATION)).as(userId).isEqualTo(applicant);
      assertThat(maystart(userId, RoleGroups.AWARD_EDITION)).as(userId).isEqualTo(office);
      assertThat(maystart(userId, "publicity")).as(userId).isFalse();
    }
  }

  @Test
  @DisplayName("a task offered to the office is in the office's filter only; other roles can neither list nor read it")
  void candidateGroupTaskReachesOnlyItsGroup() {
    String taskId = startReviewTask("quality-office");
    assertThat(tasksInOwnFilter("office")).contains(taskId);
    assertThat(tasksInOwnFilter("office2")).contains(taskId);
    for (String other : List.of("leader", "applicant1", "jingxiu", "county", "expert01")) {
      assertThat(tasksInOwnFilter(other)).as(other).doesNotContain(taskId);
      authenticate(other);
      assertThat(taskService.createTaskQuery().taskId(taskId).count()).as(other).isZero();
    }
  }

  @Test
  @DisplayName("a task for recommender-R-JX-MSR reaches that unit's users, not other recommenders")
  void unitTaskReachesOnlyItsUnit() {
    String taskId = startReviewTask("recommender-R-JX-MSR");
    assertThat(tasksInOwnFilter("jingxiu")).contains(taskId);
    assertThat(tasksInOwnFilter("gongxin")).doesNotContain(taskId);
    authenticate("gongxin");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
  }

  @Test
  @DisplayName("a claimed task stays in the group filter and in the assignee's inbox")
  void claimedTaskStaysVisible() {
    String taskId = startReviewTask("quality-office");
    authenticate("office");
    taskService.claim(taskId, "office");
    assertThat(tasksInOwnFilter("office")).contains(taskId);
    assertThat(tasksInOwnFilter("office2")).contains(taskId);
  }

  @Test
  @DisplayName("/engine-rest requires HTTP Basic: 401 without or with wrong credentials, 200 with demo credentials")
  void engineRestNeedsBasic() throws Exception {
    assertThat(get("/engine-rest/task", null).statusCode()).isEqualTo(401);
    // A wrong password delays that user's next login (Camunda's login throttling): use a stranger.
    assertThat(get("/engine-rest/task", basic("nobody", "wrong")).statusCode()).isEqualTo(401);
    assertThat(get("/engine-rest/task", basic("demo", "demo")).statusCode()).isEqualTo(200);
    HttpResponse<String> filters = get("/engine-rest/filter", basic("office", "demo"));
    assertThat(filters.statusCode()).isEqualTo(200);
    assertThat(filters.body()).contains("待我审核").doesNotContain("我的申报");
  }

  @Test
  @DisplayName("completing via engine REST a task someone else just completed is 409 naming who and when")
  void doubleCompletionViaEngineRest() throws Exception {
    String taskId = startReviewTask("quality-office");
    HttpResponse<String> first = post("/engine-rest/task/" + taskId + "/complete", basic("office", "demo"), "{}");
    assertThat(first.statusCode()).isEqualTo(204);

    HttpResponse<String> second = post("/engine-rest/task/" + taskId + "/complete", basic("office2", "demo"), "{}");
    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(second.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(second.body()).contains("已由 张明（office）于", "办理完成", "\"completedBy\":\"office\"");

    HttpResponse<String> form = post("/engine-rest/task/" + taskId + "/submit-form", basic("office2", "demo"), "{}");
    assertThat(form.statusCode()).isEqualTo(409);
  }

  @Test
  @DisplayName("a lost race (OptimisticLockingException, which Camunda answers 500) is 409 as well")
  void lostRaceIsConflict() throws Exception {
    String taskId = startReviewTask("quality-office");
    authenticate("office");
    taskService.complete(taskId);
    identityService.clearAuthentication();
    MockHttpServletResponse response = new MockHttpServletResponse();
    // the colleague who lost the race, as the gate inside this filter found them: a reader of the task's history
    MockHttpServletRequest lost = new MockHttpServletRequest("POST", "/engine-rest/task/" + taskId + "/complete");
    lost.setAttribute(EngineApiGate.CALLER, "office2");

    new TaskConflictFilter(historyService, identityService, objectMapper).doFilter(lost, response,
        (request, camundaResponse) -> {
          HttpServletResponse raced = (HttpServletResponse) camundaResponse;
          raced.setStatus(500);
          raced.setContentType("application/json");
          raced.getWriter().write("{\"type\":\"OptimisticLockingException\",\"message\":\"ENGINE-03005\"}");
        });

    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("张明（office）", "办理完成")
        .doesNotContain("OptimisticLockingException");
  }

  @Test
  @DisplayName("a completion that lost its race to a sibling's (OptimisticLockingException, the task still open) is 409 saying to send it again; any other 500 stays")
  void lostRaceToASiblingIsConflict() throws Exception {
    String taskId = startReviewTask("quality-office");
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockHttpServletRequest raced = new MockHttpServletRequest("POST", "/engine-rest/task/" + taskId + "/complete");
    raced.setAttribute(EngineApiGate.CALLER, "office");

    new TaskConflictFilter(historyService, identityService, objectMapper).doFilter(raced, response,
        (request, camundaResponse) -> answer500((HttpServletResponse) camundaResponse, "OptimisticLockingException"));

    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"type\":\"ConcurrentSubmission\"",
        "恰在同时提交，本次提交未生效", "请再次提交").doesNotContain("ENGINE-03005");

    MockHttpServletResponse other = new MockHttpServletResponse();
    new TaskConflictFilter(historyService, identityService, objectMapper).doFilter(raced, other,
        (request, camundaResponse) -> answer500((HttpServletResponse) camundaResponse, "ProcessEngineException"));
    assertThat(other.getStatus()).isEqualTo(500);
  }

  private static void answer500(HttpServletResponse response, String type) throws IOException {
    response.setStatus(500);
    response.setContentType("application/json");
    response.getWriter().write("{\"type\":\"" + type + "\",\"message\":\"ENGINE-03005\"}");
  }

  @Test
  @DisplayName("an unknown task id keeps Camunda's own answer (500 \"Cannot find task\"), not 409")
  void unknownTaskIsNoConflict() throws Exception {
    HttpResponse<String> response = post("/engine-rest/task/no-such-task/complete", basic("office", "demo"), "{}");
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).contains("Cannot find task");
  }

  @Test
  @DisplayName("Tasklist's REST (webapp session + CSRF) also answers 409 on double completion")
  void doubleCompletionViaTasklist() throws Exception {
    String taskId = startReviewTask("quality-office");
    HttpClient office2 = tasklistSession("office2");
    String path = "/camunda/api/engine/engine/default/task/" + taskId + "/submit-form";
    authenticate("office");
    taskService.complete(taskId);
    identityService.clearAuthentication();

    HttpResponse<String> response = office2.send(webappPost(office2, path, "{}"), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.headers() + "\n" + response.body()).isEqualTo(409);
    assertThat(response.body()).contains("张明（office）");
  }

  @Test
  @DisplayName("a completion that bypasses the form is refused by the form's own rules: 400 naming the field, task kept open")
  void formRulesCheckedOnServer() throws Exception {
    String taskId = startFormTask("conflict-declaration", null);
    String path = "/engine-rest/task/" + taskId + "/submit-form";

    HttpResponse<String> refused = post(path, basic("office", "demo"),
        "{\"variables\":{\"conflictOfInterest\":{\"value\":true}}}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    JsonNode body = objectMapper.readTree(refused.body());
    assertThat(body.path("type").asText()).isEqualTo("FormRefused");
    assertThat(body.path("message").asText()).startsWith("提交未成功，请修改：").contains("「回避理由」为必填项")
        .doesNotContain("Cannot", "ENGINE-");
    assertThat(body.path("problems").findValuesAsText("field")).containsExactly("conflictReason");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);

    assertThat(post(path, basic("office", "demo"),
        "{\"variables\":{\"conflictOfInterest\":{\"value\":true},\"conflictReason\":{\"value\":\"曾受聘于申报单位\"}}}")
        .statusCode()).isEqualTo(204);
  }

  @Test
  @DisplayName("a model listener's refusal reaches Tasklist as 400 with its Chinese message, not the engine's 500")
  void listenerRefusalViaTasklist() throws Exception {
    String taskId = startFormTask("conflict-declaration", RefusingListener.class);
    HttpClient office = tasklistSession("office");

    HttpResponse<String> response = office.send(webappPost(office,
        "/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
        "{\"variables\":{\"conflictOfInterest\":{\"value\":false},\"confidentialityUndertaking\":{\"value\":true}}}"), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("FormRefused", "评分不能超过该类目满分", "\"field\":\"score_LEADERSHIP\"")
        .doesNotContain("ENGINE-03051");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @Test
  @DisplayName("a start form refused by the first service task (as the edition and application delegates do) is 400, not 500")
  void startFormRefusalViaEngineRest() throws Exception {
    String key = "identity-test-start-refusal";
    repositoryService.createDeployment().name(key).enableDuplicateFiltering(true)
        .addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
            .startEvent().serviceTask("Task_Register").camundaClass(RefusingDelegate.class.getName()).endEvent().done())
        .deploy();

    HttpResponse<String> response = post("/engine-rest/process-definition/key/" + key + "/submit-form",
        basic("demo", "demo"), "{\"variables\":{}}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("FormRefused", "日期格式应为 YYYY-MM-DD", "\"field\":\"applicationDeadline\"")
        .doesNotContain("Cannot instantiate");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(key).count()).isZero();
  }

  /** Stands for a first service task that reads the start form and refuses it. */
  public static class RefusingDelegate implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      throw new InvalidInputException(List.of(new FieldProblem("applicationDeadline", "日期格式应为 YYYY-MM-DD")));
    }
  }

  /** Stands for the model's recording listeners, which refuse with field problems. */
  public static class RefusingListener implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      throw new InvalidInputException(List.of(new FieldProblem("score_LEADERSHIP", "评分不能超过该类目满分 110 分")));
    }
  }

  @Test
  @DisplayName("/api: private paths need Basic; public reads do not; POST /api/editions is for the office only")
  void apiSecurity() throws Exception {
    assertThat(get("/api/identity-test/whoami", null).statusCode()).isEqualTo(401);
    assertThat(get("/api/identity-test/whoami", basic("nobody", "wrong")).statusCode()).isEqualTo(401);
    // public paths reach their controllers (an empty body is then a validation problem, not a 401)
    assertThat(get("/api/calendar/working-days?from=2025-01-02&days=5", null).statusCode()).isEqualTo(200);
    assertThat(post("/api/publicities/1/objections", null, "{}").statusCode()).isEqualTo(400);
    assertThat(post("/api/editions", basic("applicant1", "demo"), "{}").statusCode()).isEqualTo(403);
    assertThat(post("/api/editions", basic("office", "demo"), "{}").statusCode()).isEqualTo(400);
    assertThat(post("/api/applications", basic("jingxiu", "demo"), "{}").statusCode()).isEqualTo(403);
    assertThat(post("/api/applications", basic("applicant1", "demo"), "{}").statusCode()).isEqualTo(400);
    assertThat(post("/api/applications", basic("expert01", "demo"), "{}").statusCode()).isEqualTo(403);
  }

  @Test
  @DisplayName("/api requests run as the Camunda user with its groups, and the identity is cleared afterwards")
  void apiRunsAsCamundaUser() throws Exception {
    HttpResponse<String> response = get("/api/identity-test/whoami", basic("jingxiu", "demo"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("jingxiu", "recommender-R-JX-MSR", "ROLE_RECOMMENDER");
  }

  // --- helpers

  private boolean isAuthorized(String userId, org.camunda.bpm.engine.authorization.Permission permission,
      Resources resource, String resourceId) {
    return authorizationService.isUserAuthorized(userId, groupsOf(userId), permission, resource, resourceId);
  }

  private boolean maystart(String userId, String processKey) {
    return isAuthorized(userId, ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, processKey)
        && isAuthorized(userId, ProcessInstancePermissions.CREATE, Resources.PROCESS_INSTANCE, Authorization.ANY);
  }

  private List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  private void authenticate(String userId) {
    // Group queries are authorization-checked too: look the groups up as the system.
    identityService.clearAuthentication();
    identityService.setAuthentication(userId, groupsOf(userId));
  }

  /** Task ids in the user's own (only) filter, listed as that user. */
  private List<String> tasksInOwnFilter(String userId) {
    authenticate(userId);
    try {
      Filter filter = filterService.createFilterQuery().singleResult();
      List<Task> tasks = filterService.list(filter.getId());
      return tasks.stream().map(Task::getId).toList();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private String startFormTask(String formId, Class<? extends TaskListener> completeListener) {
    String key = "identity-test-form-" + (completeListener == null ? "plain" : "refusing");
    UserTaskBuilder task = Bpmn.createExecutableProcess(key)
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("Task_Declare").name("回避声明").camundaCandidateGroups("quality-office").camundaFormRef(formId).camundaFormRefBinding("latest");
    if (completeListener != null) {
      task = task.camundaTaskListenerClass(TaskListener.EVENTNAME_COMPLETE, completeListener.getName());
    }
    repositoryService.createDeployment().name(key).enableDuplicateFiltering(true)
        .addModelInstance(key + ".bpmn", task.endEvent().done()).deploy();
    String instanceId = runtimeService.startProcessInstanceByKey(key).getId();
    return taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
  }

  private String startReviewTask(String candidateGroup) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      repositoryService.createDeployment()
          .name(REVIEW_PROCESS)
          .enableDuplicateFiltering(true)
          .addModelInstance(REVIEW_PROCESS + ".bpmn", Bpmn.createExecutableProcess(REVIEW_PROCESS)
              .camundaHistoryTimeToLive(1)
              .startEvent()
              .userTask("Task_Review").name("资格审查").camundaCandidateGroups("${candidateGroup}")
              .endEvent()
              .done())
          .deploy();
      String instanceId = runtimeService.startProcessInstanceByKey(REVIEW_PROCESS,
          Map.of("candidateGroup", candidateGroup)).getId();
      return taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String authorization, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Logs in to Tasklist like the browser: session cookie plus Camunda's XSRF token. */
  private HttpClient tasklistSession(String userId) throws IOException, InterruptedException {
    CookieManager cookies = new CookieManager();
    HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    client.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-XSRF-TOKEN", xsrf(cookies))
            .POST(HttpRequest.BodyPublishers.ofString("username=" + userId + "&password=demo"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    // Login starts a new session; like the browser, fetch its XSRF token with the next read.
    client.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    this.sessionCookies = cookies;
    return client;
  }

  private CookieManager sessionCookies;

  private HttpRequest webappPost(HttpClient client, String path, String json) {
    return HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .header("X-XSRF-TOKEN", xsrf(sessionCookies))
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  private static String xsrf(CookieManager cookies) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN"))
        .reduce((a, b) -> b)
        .orElseThrow()
        .getValue();
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /** A private /api endpoint echoing the engine's current authentication. */
  @TestConfiguration
  static class WhoAmIConfiguration {
    @Bean
    WhoAmI whoAmI(IdentityService identityService) {
      return new WhoAmI(identityService);
    }
  }

  @RestController
  static class WhoAmI {
    private final IdentityService identityService;

    WhoAmI(IdentityService identityService) {
      this.identityService = identityService;
    }

    @GetMapping("/api/identity-test/whoami")
    Map<String, Object> whoAmI(org.springframework.security.core.Authentication principal) {
      Authentication camunda = identityService.getCurrentAuthentication();
      return Map.of("userId", camunda.getUserId(), "groups", camunda.getGroupIds(),
          "authorities", principal.getAuthorities().stream().map(Object::toString).toList());
    }
  }
}
