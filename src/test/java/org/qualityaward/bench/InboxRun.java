package org.qualityaward.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.application.AwardApplicationModel.CONSULT_DEPARTMENTS;
import static org.qualityaward.application.AwardApplicationModel.RECOMMENDER_REVIEW;
import static org.qualityaward.application.AwardApplicationModel.RECOMMENDER_SIGN_OFF;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qualityaward.application.Application;
import org.qualityaward.expert.ExpertPool;
import org.qualityaward.identity.Role;
import org.qualityaward.publicity.objection.FileObjectionCommand;
import org.qualityaward.publicity.objection.ObjectionService;
import org.qualityaward.testing.ConditionAnswers;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.HttpCaller;
import org.qualityaward.testing.SampleCases;
import org.qualityaward.testing.SampleExperts;
import org.qualityaward.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Issue 16, inboxes under load: {@code bench.openTasks} open user tasks of our models (default ten per
 * application of {@code bench.applications}: 10,000 at 1,000) spread over the roles, and an edition of
 * {@code bench.rankedCases} scored cases (default {@code bench.applications}) run to
 * its commendation; then
 * p50 / p95 over HTTP, through the real security chain, of each role's Tasklist filter list as Tasklist asks
 * for it and of our list endpoints (ranking and its XLSX, publicities, the honours register). On a file database
 * ({@link InboxBench}) as the product runs by default, and on PostgreSQL ({@link PostgresInboxBench}) as a
 * province would run it.
 */
abstract class InboxRun {

  /** Requests before timing: the first ones of each endpoint also compile its code (10 left the first endpoint cold). */
  private static final int WARM_UP = 30;
  private static final int TIMED = 50;
  /** Tasklist's request body for a filter's first page (cam-tasklist-view-ctrl.js): newest first. */
  private static final String TASKLIST_QUERY = "{\"processVariables\":[],\"taskVariables\":[],"
      + "\"caseInstanceVariables\":[],\"firstResult\":0,\"maxResults\":15,"
      + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";
  /** The engine client of the webapps (camunda-bpm-sdk-js http-client.js) asks for HAL. */
  private static final String HAL = "application/hal+json, application/json; q=0.5";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired ExpertPool expertPool;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired FilterService filters;
  @Autowired ObjectionService objections;

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  void inboxesUnderLoad() {
    int applications = Integer.getInteger("bench.applications", 1000);
    int openTasks = Integer.getInteger("bench.openTasks", 10 * applications);
    int rankedCases = Integer.getInteger("bench.rankedCases", applications);
    List<String> experts = SampleExperts.ensurePool(expertPool, identity, 6);

    long started = System.nanoTime();
    Long rankedEdition = rankedEdition(rankedCases);
    double rankedSeconds = seconds(started);
    started = System.nanoTime();
    caseInboxes(openTasks);
    panelInboxes(openTasks);
    double loadSeconds = seconds(started);
    long open = tasks.createTaskQuery().count();
    settle();

    Map<String, Object> endpoints = new LinkedHashMap<>();
    double inboxP95 = 0;
    for (Map.Entry<Role, String> user : users(experts.get(0)).entrySet()) {
      Role role = user.getKey();
      String password = role == Role.EXPERT ? SampleExperts.PASSWORD : TestUsers.PASSWORD;
      HttpCaller tasklist = HttpCaller.webapp(port, user.getValue(), password, "tasklist");
      String filterId = filters.createFilterQuery().filterName(role.filterName()).singleResult().getId();
      String path = "/camunda/api/engine/engine/default/filter/" + filterId;
      Map<String, Object> list = time(() -> tasklist.post(path + "/list?firstResult=0&maxResults=15",
          TASKLIST_QUERY, HAL));
      Map<String, Object> count = time(() -> tasklist.post(path + "/count", TASKLIST_QUERY));
      list.put("count", count.get("p95Millis"));
      list.put("tasks", HttpCaller.json(tasklist.post(path + "/count", TASKLIST_QUERY)).get("count").asLong());
      endpoints.put("filter " + role.groupId(), list);
      inboxP95 = Math.max(inboxP95, Math.max((double) list.get("p95Millis"), (double) count.get("p95Millis")));
    }

    HttpCaller office = HttpCaller.basic(port, "benchoffice", TestUsers.PASSWORD);
    HttpCaller anonymous = HttpCaller.anonymous(port);
    Map<String, Supplier<HttpResponse<String>>> lists = new LinkedHashMap<>();
    lists.put("ranking", () -> office.get("/api/editions/" + rankedEdition + "/ranking"));
    lists.put("ranking.xlsx", () -> office.get("/api/editions/" + rankedEdition + "/ranking.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    lists.put("publicities", () -> anonymous.get("/api/publicities"));
    lists.put("honours", () -> anonymous.get("/api/honours"));
    double apiP95 = 0;
    for (Map.Entry<String, Supplier<HttpResponse<String>>> endpoint : lists.entrySet()) {
      Map<String, Object> figures = time(endpoint.getValue());
      endpoints.put(endpoint.getKey(), figures);
      apiP95 = Math.max(apiP95, (double) figures.get("p95Millis"));
    }

    Map<String, Object> results = new LinkedHashMap<>();
    results.put("openTasks", open);
    results.put("rankedCases", rankedCases);
    results.put("rankedEditionSeconds", BenchResults.round(rankedSeconds));
    results.put("openTasksSeconds", BenchResults.round(loadSeconds));
    results.put("inboxP95Millis", inboxP95);
    results.put("apiP95Millis", apiP95);
    results.put("inboxEndpoints", endpoints);
    record(results);
  }

  /** Adds the figures to this run's results, under the database's name. */
  abstract void record(Map<String, Object> figures);

  /** After the load and before timing: what the database does by itself soon after such a load. */
  void settle() {
  }

  /**
   * An edition of {@code count} cases (70 % organisations) from the call to commendation, every case scored
   * in both reviews with distinct totals: its ranking, its publicities and the honours it confers.
   */
  private Long rankedEdition(int count) {
    EditionDriver driver = new EditionDriver(context);
    Long editionId = driver.openEdition(EditionYears.next(), "排名基准届").getId();
    Map<Application, BigDecimal> scores = new LinkedHashMap<>();
    int organizations = Math.round(count * 0.7f);
    for (int k = 0; k < count; k++) {
      boolean organization = k < organizations;
      int j = k - organizations;
      scores.put(driver.submit(organization ? SampleCases.organization(editionId, 40_000 + k)
              : SampleCases.individual(editionId, 5 + j / 900, 100 + j % 900)),
          organization ? BigDecimal.valueOf(9000 - k, 1) : BigDecimal.valueOf(829 - j, 1));
    }
    driver.acceptAll(List.copyOf(scores.keySet()));
    driver.commend(scores);
    return editionId;
  }

  /**
   * Cases of one edition left where the units and the office work on them, in shares of {@code openTasks}:
   * 30 % waiting at the recommender's review (推荐单位审核), objections to 2 % in the recommendation publicity,
   * 10 % at the recommender's sign-off, 15 % at the departments' opinions (two departments a case), 10 % at
   * the qualification review.
   */
  private void caseInboxes(int openTasks) {
    EditionDriver driver = new EditionDriver(context);
    Long editionId = driver.openEdition(EditionYears.next(), "待办基准届").getId();
    int[] shares = {share(openTasks, 30), share(openTasks, 2), share(openTasks, 10), share(openTasks, 15) / 2,
        share(openTasks, 10)};
    List<Application> cases = new ArrayList<>();
    for (int k = 0; k < Arrays.stream(shares).sum(); k++) {
      cases.add(driver.submit(SampleCases.organization(editionId, 50_000 + k)));
    }
    List<Application> reviewed = cases.subList(shares[0], cases.size());
    reviewed.forEach(a -> complete(driver, a, RECOMMENDER_REVIEW,
        ConditionAnswers.recommenderReview(true, "材料完整真实，同意推荐")));
    List<Application> objected = reviewed.subList(0, shares[1]);
    driver.runDueJobs();
    for (Application a : objected) {
      String publicity = driver.runningPublicity(driver.refresh(a).getProcessInstanceId()).getId();
      objections.file((Long) runtime.getVariable(publicity, "publicityId"),
          new FileObjectionCommand("赵六", "13803120000", a.getId(), "反映该单位近三年发生质量事故"));
    }
    List<Application> published = reviewed.subList(shares[1], reviewed.size());
    driver.passPublicity(driver.refresh(published.get(0)).getProcessInstanceId());
    List<Application> signedOff = published.subList(shares[2], published.size());
    signedOff.forEach(a -> complete(driver, a, RECOMMENDER_SIGN_OFF,
        Map.of("materialsVerified", true, "signOffOpinion", "同意推荐")));
    for (Application a : signedOff.subList(shares[3], signedOff.size())) {
      tasks.createTaskQuery().processInstanceId(driver.refresh(a).getProcessInstanceId())
          .taskDefinitionKey(CONSULT_DEPARTMENTS).list()
          .forEach(t -> tasks.complete(t.getId(), Map.of("approved", true, "comment", "近5年无不良记录")));
    }
  }

  /** Cases accepted into the document review, 30 % of {@code openTasks}: their panels' three members each declare. */
  private void panelInboxes(int openTasks) {
    EditionDriver driver = new EditionDriver(context);
    Long editionId = driver.openEdition(EditionYears.next(), "评审基准届").getId();
    List<Application> cases = new ArrayList<>();
    for (int k = 0; k < share(openTasks, 30) / 3; k++) {
      cases.add(driver.submit(SampleCases.organization(editionId, 60_000 + k)));
    }
    driver.acceptAll(cases);
    assertThat(driver.panelOf(cases.get(0))).as("the document review's panels are drawn").isNotNull();
  }

  private static int share(int openTasks, int percent) {
    return Math.max(1, openTasks * percent / 100);
  }

  private void complete(EditionDriver driver, Application application, String key, Map<String, Object> variables) {
    tasks.complete(driver.caseTask(application, key).getId(), variables);
  }

  /** One user of each role with a real inbox (the expert: one of the pool), created with the groups the role needs. */
  private Map<Role, String> users(String expert) {
    Map<Role, String> users = new LinkedHashMap<>();
    users.put(Role.RECOMMENDER, user("benchassoc", Role.RECOMMENDER, "recommender-" + SampleCases.RECOMMENDER));
    users.put(Role.QUALITY_OFFICE, user("benchoffice", Role.QUALITY_OFFICE, null));
    users.put(Role.EXPERT, expert);
    users.put(Role.LEADING_GROUP, user("benchleader", Role.LEADING_GROUP, null));
    users.put(Role.CITY_GOVERNMENT, user("benchcity", Role.CITY_GOVERNMENT, null));
    users.put(Role.MARKET_REGULATOR, user("benchregulator", Role.MARKET_REGULATOR, null));
    // a department consulted on every case: a unit of the recommender role
    user("benchdepartment", Role.RECOMMENDER, "recommender-R-CITY-EE");
    return users;
  }

  private String user(String id, Role role, String unitGroup) {
    TestUsers.ensure(identity, id, role.groupId());
    if (unitGroup != null && identity.createUserQuery().userId(id).memberOfGroup(unitGroup).count() == 0) {
      identity.createMembership(id, unitGroup);
    }
    return id;
  }

  /** p50 and p95 of {@link #TIMED} requests after {@link #WARM_UP}, each answered 200. */
  private static Map<String, Object> time(Supplier<HttpResponse<String>> request) {
    for (int i = 0; i < WARM_UP; i++) {
      HttpResponse<String> response = request.get();
      assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(200);
    }
    double[] millis = new double[TIMED];
    for (int i = 0; i < TIMED; i++) {
      long start = System.nanoTime();
      HttpResponse<String> response = request.get();
      millis[i] = (System.nanoTime() - start) / 1e6;
      assertThat(response.statusCode()).isEqualTo(200);
    }
    Arrays.sort(millis);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("p50Millis", BenchResults.round(millis[TIMED / 2]));
    figures.put("p95Millis", BenchResults.round(millis[(int) Math.ceil(TIMED * 0.95) - 1]));
    return figures;
  }

  private static double seconds(long started) {
    return (System.nanoTime() - started) / 1e9;
  }
}
