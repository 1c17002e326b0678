package org.qualityaward.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.application.AwardApplicationModel.RECOMMENDER_REVIEW;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationSubmissions;
import org.qualityaward.complaint.Complaints;
import org.qualityaward.honour.AwardLevel;
import org.qualityaward.honour.Honour;
import org.qualityaward.honour.Honours;
import org.qualityaward.publicity.objection.FileObjectionCommand;
import org.qualityaward.publicity.objection.ObjectionService;
import org.qualityaward.revocation.RevocationFixtures;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.HttpCaller;
import org.qualityaward.testing.SampleCases;
import org.qualityaward.testing.TestUsers;
import org.qualityaward.testing.ConditionAnswers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Issue 10, the role × resource × action matrix: every role and anonymous, against the /api and
 * /engine-rest resources the system uses and the webapps' engine API (session + CSRF token), reading
 * and writing, own and others' cases. ALLOW means the request got past authentication and
 * authorization (any answer but 401/403, and for the engine not 404 either); DENY means 401 for
 * anonymous (302 to the login for pages; the webapps' API may answer 403 for the missing CSRF token
 * first), 403 for a logged-in role — or, on the engine, 404: it hides what the caller may not read.
 * Same context as InboxOrderTest and TrustBoundaryTest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleResourceMatrixTest {

  /** The roles, each a user in its groups; {@code other-*} act on a case that is not theirs. */
  private static final Map<String, String[]> ROLES = new LinkedHashMap<>();

  static {
    ROLES.put("anonymous", new String[0]);
    ROLES.put("applicant", new String[] {"applicant"});
    ROLES.put("other-applicant", new String[] {"applicant"});
    ROLES.put("recommender", new String[] {"recommender", "recommender-R-ASSOC-QA"});
    ROLES.put("other-recommender", new String[] {"recommender", "recommender-R-JX-MSR"});
    ROLES.put("county", new String[] {"county-coordination", "county-130602"});
    ROLES.put("office", new String[] {"quality-office"});
    ROLES.put("expert", new String[] {"expert"});
    ROLES.put("leader", new String[] {"leading-group"});
    ROLES.put("cityhall", new String[] {"city-government"});
    ROLES.put("regulator", new String[] {"market-regulator"});
    ROLES.put("admin", new String[] {"camunda-admin"});
  }

  private static final String ALL = String.join(",", ROLES.keySet()).replace("anonymous,", "");

  /** One resource and action, and who may do it. {@code {task}}, {@code {instance}} … are filled from the fixture. */
  private record Row(String method, String path, String body, Set<String> allowed, boolean engine) {}

  /** A minimal real PDF as the evidence upload form sends it. */
  private static final String MULTIPART_PDF = "--matrix\r\n"
      + "Content-Disposition: form-data; name=\"file\"; filename=\"matrix.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
      + "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n\r\n"
      + "--matrix\r\nContent-Disposition: form-data; name=\"tradeSecret\"\r\n\r\nfalse\r\n--matrix--\r\n";

  private static final List<Row> ROWS = List.of(
      // ---- domain API
      api("GET", "/api/editions/{edition}", null, "anonymous," + ALL),
      api("POST", "/api/editions", "{}", "office"),
      api("GET", "/api/recommenders", null, "anonymous," + ALL),
      api("GET", "/api/calendar/working-days?from=2026-09-28&days=5", null, "anonymous," + ALL),
      api("POST", "/api/applications", "{}", "applicant,other-applicant"),
      api("GET", "/api/applications/{application}", null, "applicant,recommender,office,admin"),
      api("POST", "/api/applications/{application}/evidence", MULTIPART_PDF, "applicant,office,admin"),
      api("GET", "/api/applications/{application}/evidence/{evidence}", null, "applicant,recommender,office,admin"),
      // a trade secret: the office and the applicant whose it is (Art 16, 29)
      api("GET", "/api/applications/{application}/evidence/{secret}", null, "applicant,office,admin"),
      api("GET", "/api/applications/{application}/panel-reports/DOCUMENT_REVIEW.xlsx", null, "office,leader"),
      // closing a case whose unit let its deadline pass (Art 15–17): the office's (an empty reason is its 400)
      api("POST", "/api/applications/{application}/overdue-closure", "{\"reason\":\"\"}", "office"),
      // the applicant's own: a reason too long (400) withdraws nothing
      api("POST", "/api/applications/{application}/withdrawal", "{\"reason\":\"" + "理".repeat(501) + "\"}", "applicant"),
      // issue 12: the feedback report to the case's own applicant and the office (a running case answers 404)
      api("GET", "/api/applications/{application}/feedback-report.pdf", null, "applicant,office,admin"),
      api("GET", "/api/editions/{edition}/feedback-reports", null, "office,admin"),
      api("GET", "/api/experts", null, "office,leader"),
      api("POST", "/api/experts", "{}", "office"),
      api("GET", "/api/experts/1", null, "office,leader"),
      api("PUT", "/api/experts/999999/active", "{\"active\":false}", "office"),
      api("GET", "/api/experts/1/ratings", null, "office,leader"),
      api("POST", "/api/experts/999999/reinstatement", "{\"reason\":\"经核实\"}", "office"),
      api("GET", "/api/draws/1", null, "office"),
      api("POST", "/api/draws/999999/replacements", "{\"expertId\":1,\"reason\":\"因病\"}", "office"),
      api("GET", "/api/editions/{edition}/ranking", null, "office,leader"),
      api("GET", "/api/editions/{edition}/ranking.xlsx", null, "office,leader"),
      api("GET", "/api/honours", null, "anonymous," + ALL),
      api("GET", "/api/honours/1", null, "office,leader,regulator,cityhall"),
      api("GET", "/api/revocations/1", null, "office,leader"),
      api("GET", "/api/revocations/announcements", null, "anonymous," + ALL),
      api("GET", "/api/publicities", null, "anonymous," + ALL),
      api("POST", "/api/publicities/999999/objections", "{}", "anonymous," + ALL),
      api("GET", "/api/audit/refusals", null, "admin"),
      api("GET", "/api/admin/models", null, "admin"),
      api("POST", "/api/admin/models/publicity/migrate-to-latest", null, "admin"),
      // notification mails waiting for the mail server or given up (issue 17)
      api("GET", "/api/admin/mails", null, "admin"),
      // the demonstration clock exists in the demo profile only (demo.DemoClockTest; outside it demo.DemoClockAbsentTest):
      // here the administrator gets past authorization to a 404, everyone else is refused first
      api("GET", "/api/clock", null, "admin"),
      api("POST", "/api/clock/advance", "{\"workingDays\":1}", "admin"),
      api("GET", "/api/objections/{objection}", null, "anonymous," + ALL),
      api("GET", "/api/objections/{objection}/objector", null, "recommender,office,admin"),
      api("GET", "/api/objections/{objection}/attachment", null, "recommender,office,admin"),
      api("GET", "/api/complaints/{complaint}", null, "anonymous," + ALL),
      api("POST", "/api/complaints", "{}", "anonymous," + ALL),
      api("GET", "/api/complaints/{complaint}/complainant", null, "office,admin"),
      // each user's own mail preferences for notifications (issue 17)
      api("GET", "/api/notifications/preferences", null, ALL),
      api("PUT", "/api/notifications/preferences", "{}", ALL),
      api("GET", "/manager/editions", null, "office,leader,admin"),
      api("GET", "/manager/editions/{edition}/timeline", null, "office,leader,admin"),
      // issue 17: the office's pages; the leading group reads (Art 8), only the office writes (Art 9)
      api("GET", "/manager/cases?edition={edition}&q=BDQA", null, "office,leader,admin"),
      api("GET", "/manager/cases/export.xlsx?edition={edition}", null, "office,leader,admin"),
      api("GET", "/manager/experts", null, "office,leader,admin"),
      api("GET", "/manager/experts/new", null, "office,leader,admin"),
      api("GET", "/manager/experts/1", null, "office,leader,admin"),
      api("GET", "/manager/experts/template.xlsx", null, "office,leader,admin"),
      api("GET", "/manager/experts/export.xlsx", null, "office,leader,admin"),
      // who sits on a panel is the office's (Art 29): the leading group reads the other manager pages, not this one
      // a case at its unit's step and its last day; the closure is the office's
      api("GET", "/manager/cases/{number}/overdue-closure", null, "office,leader,admin"),
      api("POST", "/manager/cases/{number}/overdue-closure", "{}", "office"),
      api("GET", "/manager/panels/999999", null, "office,admin"),
      api("POST", "/manager/panels/999999/replacements", "{}", "office"),
      api("POST", "/manager/experts", "{}", "office"),
      api("POST", "/manager/experts/999999", "{}", "office"),
      api("POST", "/manager/experts/999999/active", "{}", "office"),
      api("POST", "/manager/experts/import", MULTIPART_PDF, "office"),
      api("GET", "/manager/units", null, "office,leader,admin"),
      api("GET", "/manager/units/new", null, "office,leader,admin"),
      api("GET", "/manager/units/R-JX-MSR", null, "office,leader,admin"),
      api("POST", "/manager/units", "{}", "office"),
      api("POST", "/manager/units/R-MATRIX-NONE", "{}", "office"),
      api("POST", "/manager/units/groups/recommender-R-MATRIX-NONE/members", "{}", "office"),
      api("POST", "/manager/units/groups/recommender-R-MATRIX-NONE/members/nobody/removal", null, "office"),
      // ---- 站内通知 (issue 17): each user's own list; an unknown or another's notification leads back to the list
      api("GET", "/manager/mails", null, "admin"),
      // each user's own notifications and mail settings, every user of the webapps (issue 17)
      api("GET", "/notifications", null, ALL),
      api("GET", "/notifications/0", null, ALL),
      api("POST", "/notifications/read", "{}", ALL),
      api("POST", "/notifications/preferences", "{}", ALL),
      api("GET", "/notices", null, "anonymous," + ALL),
      api("GET", "/notices/editions/{year}", null, "anonymous," + ALL),
      // the notice board's publicity and objection pages: anyone files under a real name (a form without one: 400)
      api("GET", "/notices/publicities/{publicity}", null, "anonymous," + ALL),
      api("POST", "/notices/publicities/{publicity}/objections", MULTIPART_PDF, "anonymous," + ALL),
      api("GET", "/notices/objections?receipt={objection}", null, "anonymous," + ALL),
      api("GET", "/notices/objections/{objection}", null, "anonymous," + ALL),
      // ---- applicant pages (Issue 12): the applicant's own; another's application is not found (404);
      // a write needs the session's CSRF token, so without it (as here) it is refused for everyone
      api("GET", "/applicant/login", null, "anonymous," + ALL),
      api("GET", "/applicant/", null, "applicant,other-applicant"),
      api("GET", "/applicant/drafts/{edition}?step=3", null, "applicant,other-applicant"),
      api("GET", "/applicant/applications/{number}", null, "applicant"),
      api("POST", "/applicant/drafts/{edition}/submit", "{}", ""),
      api("POST", "/applicant/applications/{number}/self-assessment", "{}", ""),
      api("POST", "/applicant/applications/{number}/profile", "{}", ""),
      api("POST", "/applicant/drafts/{edition}/files", MULTIPART_PDF, ""),
      api("POST", "/applicant/drafts/{edition}/files/0/delete", null, ""),
      api("POST", "/applicant/drafts/{edition}/steps/2", "{}", ""),
      api("POST", "/applicant/applications/{number}/files", MULTIPART_PDF, ""),
      api("POST", "/applicant/applications/{number}/files/{evidence}/mark", "{}", ""),
      api("POST", "/applicant/applications/{number}/files/{evidence}/withdrawal", "{}", ""),
      api("POST", "/applicant/applications/{number}/withdrawal", "{}", ""),
      api("GET", "/applicant/notifications", null, "applicant,other-applicant"),
      api("GET", "/applicant/notifications/0", null, "applicant,other-applicant"),
      api("POST", "/applicant/notifications/read", "{}", ""),
      api("POST", "/applicant/notifications/preferences", "{}", ""),
      // ---- the case file (issue 12): the recommending unit, the office, the leading group and the city government
      // (summary only, no files), administrators; the applicant, another unit, a county body whose consent the
      // case does not need and an expert not drawn for it get 403; a trade secret is the office's until a panel
      // member signs the undertaking (casefile.CaseFileTest); an unknown number is 404 for everyone logged in
      api("GET", "/cases/{number}", null, "recommender,office,leader,cityhall,admin"),
      api("GET", "/cases/{number}/files/{evidence}", null, "recommender,office,admin"),
      api("GET", "/cases/{number}/files/{secret}", null, "office,admin"),
      api("GET", "/cases/BDQA-1999-9999", null, ALL),
      // ---- actuator (issue 15): health and its probes for anyone (details are the admin's, operations.HealthAndMetricsTest),
      // the Prometheus scrape for administrators, no other endpoint for anyone
      api("GET", "/actuator/health", null, "anonymous," + ALL),
      api("GET", "/actuator/health/liveness", null, "anonymous," + ALL),
      api("GET", "/actuator/health/readiness", null, "anonymous," + ALL),
      api("GET", "/actuator/prometheus", null, "admin"),
      api("GET", "/actuator/env", null, ""),
      api("GET", "/actuator/metrics", null, ""),
      // ---- engine: the case's task, its variables and its instance
      engine("GET", "task/{task}", null, "recommender,admin"),
      engine("GET", "task/{task}/form-variables", null, "recommender,admin"),
      engine("PUT", "task/{task}/variables/recommenderGroup", "{\"value\":\"recommender-R-JX-MSR\"}", "admin"),
      engine("DELETE", "task/{task}/variables/countyConsentRequired", null, "admin"),
      engine("POST", "task/{task}/localVariables", "{\"modifications\":{\"approved\":{\"value\":true}}}", "admin"),
      engine("PUT", "task/{task}", "{\"name\":\"改名\"}", "admin"),
      engine("POST", "task/{task}/assignee", "{\"userId\":\"nobody\"}", "admin"),
      // claiming is for oneself: a claim for another user would hand the task outside its group
      engine("POST", "task/{task}/claim", "{\"userId\":\"nobody\"}", "admin"),
      engine("POST", "task/{task}/delegate", "{\"userId\":\"nobody\"}", "admin"),
      engine("POST", "task/{task}/identity-links", "{\"groupId\":\"matrix-nobody\",\"type\":\"candidate\"}", "admin"),
      engine("POST", "task/{task}/bpmnError", "{\"errorCode\":\"x\"}", "admin"),
      engine("POST", "task/{task}/bpmnEscalation", "{\"escalationCode\":\"x\"}", "admin"),
      engine("POST", "task/{task}/resolve", "{}", "admin"),
      engine("GET", "process-instance/{instance}/variables", null, "office,admin"),
      engine("POST", "process-instance/{instance}/variables", "{\"modifications\":{\"recommenderGroup\":{\"value\":\"x\"}}}", "admin"),
      engine("PUT", "process-instance/{instance}/variables/countyConsentRequired", "{\"value\":false}", "admin"),
      engine("POST", "process-instance/{instance}/modification", "{\"instructions\":[]}", "admin"),
      engine("DELETE", "process-instance/{disposable}", null, "admin"),
      engine("PUT", "process-instance/{instance}/suspended", "{\"suspended\":true}", "admin"),
      // a publicity's timer: nobody but an administrator moves or suspends it (Art 16: 不少于5个工作日); the office
      // retries failed jobs from Cockpit (RETRY_JOB; retries do not bring a timer forward)
      engine("PUT", "job/{job}/duedate", "{\"duedate\":\"2036-01-02T09:00:00.000+0800\"}", "admin"),
      engine("PUT", "job/{job}/retries", "{\"retries\":3}", "office,admin"),
      engine("PUT", "job/{job}/suspended", "{\"suspended\":true}", "admin"),
      engine("POST", "process-instance/variables-async", "{\"processInstanceIds\":[\"{instance}\"],\"variables\":{}}", "admin"),
      engine("POST", "message", "{\"messageName\":\"HonourRevoked\"}", "admin"),
      engine("POST", "signal", "{\"name\":\"x\"}", "admin"),
      engine("POST", "condition", "{\"variables\":{}}", "admin"),
      engine("PUT", "execution/{instance}/localVariables/x", "{\"value\":1}", "admin"),
      // ---- engine: starting cases, identity and authorizations
      engine("POST", "process-definition/key/award-application/start", "{\"variables\":{}}", "applicant,other-applicant,admin"),
      engine("POST", "process-definition/key/award-edition/start", "{\"variables\":{}}", "office,admin"),
      engine("POST", "process-definition/key/publicity/start", "{\"variables\":{}}", "admin"),
      engine("POST", "user/create", "{\"profile\":{\"id\":\"mxintruder\"},\"credentials\":{\"password\":\"Intruder-2026!\"}}", "admin"),
      engine("PUT", "group/expert/members/mxintruder", null, "admin"),
      // what an administrator grants here must not widen anyone's rights for the tests that follow
      engine("POST", "authorization/create", "{\"type\":1,\"permissions\":[\"READ\"],\"userId\":\"mxintruder\","
          + "\"resourceType\":5,\"resourceId\":\"matrix-none\"}", "admin"));

  private static Row api(String method, String path, String body, String allowed) {
    return new Row(method, path, body, Set.of(allowed.split(",")), false);
  }

  private static Row engine(String method, String resource, String body, String allowed) {
    return new Row(method, resource, body, Set.of(allowed.split(",")), true);
  }

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired IdentityService identityService;
  @Autowired ApplicationSubmissions submissions;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired ObjectionService objections;
  @Autowired Honours honours;
  @Autowired Complaints complaints;

  private final Map<String, String> fixture = new HashMap<>();
  private final Map<String, HttpCaller> sessions = new HashMap<>();

  @BeforeAll
  void createCaseAndUsers() {
    ROLES.forEach((role, groups) -> {
      if (!role.equals("anonymous") && !role.equals("admin")) {
        String userId = "mx" + role.replace("-", "");
        TestUsers.ensure(identityService, userId, groups[0]);
        Arrays.stream(groups).skip(1).forEach(group -> identityService.createMembership(userId, group));
      }
    });
    EditionDriver driver = new EditionDriver(context);
    int year = EditionYears.next();
    Long editionId = driver.openEdition(year, year + "年度权限矩阵测试届").getId();
    Application application = driver.track(submissions.submit(SampleCases.organization(editionId, 7201), "mxapplicant"));
    Task review = driver.caseTask(application, RECOMMENDER_REVIEW);
    fixture.put("{application}", application.getId().toString());
    fixture.put("{number}", application.getApplicationNumber());
    fixture.put("{edition}", editionId.toString());
    fixture.put("{year}", String.valueOf(year));
    fixture.put("{task}", review.getId());
    fixture.put("{instance}", review.getProcessInstanceId());
    fixture.put("{number}", application.getApplicationNumber());
    fixture.put("{evidence}", uploadedEvidence(application, "matrix-open.pdf", false));
    fixture.put("{secret}", uploadedEvidence(application, "matrix-secret.pdf", true));
    // an objection in the recommender's publicity (its handlers: the unit, the office) and a complaint
    Application objected = driver.track(submissions.submit(SampleCases.organization(editionId, 7203), "mxapplicant2"));
    tasks.complete(driver.caseTask(objected, RECOMMENDER_REVIEW).getId(),
        ConditionAnswers.recommenderReview(true, "同意推荐"));
    ProcessInstance publicity = driver.publicityOf(driver.refresh(objected).getProcessInstanceId());
    fixture.put("{job}", management.createJobQuery().timers().processInstanceId(publicity.getId()).list().get(0).getId());
    Long publicityId = (Long) runtime.getVariable(publicity.getId(), "publicityId");
    fixture.put("{publicity}", publicityId.toString());
    fixture.put("{objection}", objections.file(publicityId,
        new FileObjectionCommand("赵六", "13803120000", objected.getId(), "申报材料与实际情况不符，请核查。"))
        .getReceiptNumber());
    Honour honour = RevocationFixtures.organisation(honours, AwardLevel.AWARD, LocalDate.of(2024, 12, 20));
    fixture.put("{complaint}", complaints.file(new Complaints.FileComplaint("钱七", "13803120001", honour.getId(),
        "该企业在宣传中使用了质量奖称号，请核查。", null, null, false)).getReceiptNumber());
    // the one an administrator deletes
    fixture.put("{disposable}", submissions.submit(SampleCases.organization(editionId, 7202), "mxapplicant")
        .getProcessInstanceId());
  }

  /** A file of the case uploaded by its applicant, as the evidence upload form sends it. */
  private String uploadedEvidence(Application application, String fileName, boolean tradeSecret) {
    String body = MULTIPART_PDF.replace("matrix.pdf", fileName).replace("\r\n\r\nfalse\r\n", "\r\n\r\n" + tradeSecret + "\r\n");
    HttpResponse<String> response = HttpCaller.basic(port, "mxapplicant", TestUsers.PASSWORD).send("POST",
        "/api/applications/" + application.getId() + "/evidence", "multipart/form-data; boundary=matrix", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return HttpCaller.json(response).get("id").asText();
  }

  @AfterAll
  void resetClock() {
    EngineClock.reset();
  }

  static Stream<Arguments> matrix() {
    List<Arguments> cases = new ArrayList<>();
    for (Row row : ROWS) {
      for (String role : ROLES.keySet()) {
        cases.add(Arguments.of(role, row, "basic"));
        // a deletion succeeds once: the webapp channel checks it for everyone but the administrator
        if (row.engine() && !(row.method().equals("DELETE") && role.equals("admin"))) {
          cases.add(Arguments.of(role, row, "webapp"));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{2} {0}: {1}")
  @MethodSource("matrix")
  void roleMayOrMayNot(String role, Row row, String channel) {
    boolean webapp = channel.equals("webapp");
    String path = fill(row.engine() ? (webapp ? "/camunda/api/engine/engine/default/" : "/engine-rest/") + row.path()
        : row.path());
    String contentType = row.body() == null ? null
        : row.body().startsWith("--matrix") ? "multipart/form-data; boundary=matrix" : "application/json";
    HttpResponse<String> response = caller(role, webapp).send(row.method(), path, contentType, fill(row.body()));

    int status = response.statusCode();
    String what = channel + " " + row.method() + " " + path + " as " + role + ": " + response.body();
    if (row.allowed().contains(role)) {
      // 405: the row names a resource the application does not have
      assertThat(status).as(what).isNotIn(401, 403, 405);
      if (row.engine()) {
        assertThat(status).as(what).isNotEqualTo(404);
      }
    } else {
      assertThat(status).as(what).isIn(denials(role, row, webapp));
    }
  }

  /** The pages of the webapps' users, with their login (SecurityConfig.sessionPages). */
  private static boolean sessionPage(Row row) {
    return row.path().startsWith("/manager") || row.path().startsWith("/notifications");
  }

  private static Set<Integer> denials(String role, Row row, boolean webapp) {
    if (role.equals("anonymous")) {
      return webapp ? Set.of(401, 403)
          // a post to /manager or /notifications without Basic needs the session's CSRF token: refused before
          // the login is asked
          : sessionPage(row) && !row.method().equals("GET") ? Set.of(403)
          : sessionPage(row) || row.path().startsWith("/cases") ? Set.of(302)
          // the applicant pages send a browser to their login page; a post without CSRF token is refused first
          : row.path().startsWith("/applicant") ? Set.of(302, 403) : Set.of(401);
    }
    // the applicant pages hide another's application: not found
    return row.engine() || row.path().startsWith("/applicant/applications/") ? Set.of(403, 404) : Set.of(403);
  }

  @Test
  @DisplayName("engine history: the office reads a case's variables, the leading group its outcome only, an applicant nothing of another's case")
  void historyIsReadByNeed() {
    String instance = fixture.get("{instance}");
    String variables = "/engine-rest/history/variable-instance?processInstanceId=" + instance;
    assertThat(HttpCaller.json(caller("office", false).get(variables)).size()).isPositive();
    assertThat(HttpCaller.json(caller("leader", false).get(variables)).size()).isZero();
    assertThat(HttpCaller.json(caller("other-applicant", false).get(variables)).size()).isZero();
    String instances = "/engine-rest/history/process-instance?processInstanceId=" + instance;
    assertThat(HttpCaller.json(caller("leader", false).get(instances)).size()).isEqualTo(1);
    assertThat(HttpCaller.json(caller("other-applicant", false).get(instances)).size()).isZero();
    assertThat(HttpCaller.json(caller("expert", false).get(instances)).size()).isZero();
  }

  private String fill(String text) {
    if (text == null) {
      return null;
    }
    String filled = text;
    for (Map.Entry<String, String> value : fixture.entrySet()) {
      filled = filled.replace(value.getKey(), value.getValue());
    }
    return filled;
  }

  private HttpCaller caller(String role, boolean webapp) {
    if (role.equals("anonymous")) {
      return HttpCaller.anonymous(port);
    }
    String userId = role.equals("admin") ? TestUsers.ADMIN : "mx" + role.replace("-", "");
    String password = role.equals("admin") ? TestUsers.ADMIN_PASSWORD : TestUsers.PASSWORD;
    if (!webapp) {
      return HttpCaller.basic(port, userId, password);
    }
    return sessions.computeIfAbsent(role, r -> HttpCaller.webapp(port, userId, password, "tasklist"));
  }
}
