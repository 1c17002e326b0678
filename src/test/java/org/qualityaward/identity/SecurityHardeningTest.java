package org.qualityaward.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.LocalhostCookies;
import org.qualityaward.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.qualityaward.testing.HttpCaller;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What a security reviewer looks for, over real HTTP: our pages' CSP beside Camunda's, nosniff on both
 * REST APIs, Secure session cookies outside demo, the password policy, login throttling on every login
 * path and the audit log of refused logins and API calls. Same context as WebappSessionLoginTest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class SecurityHardeningTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate anonymous;
  @Autowired IdentityService identityService;
  @Autowired ObjectMapper objectMapper;

  private TestRestTemplate admin;
  private TestRestTemplate office;

  @BeforeEach
  void setUp() {
    TestUsers.ensure(identityService, "shoffice", "quality-office");
    TestUsers.ensure(identityService, "shapplicant", "applicant");
    // the test administrator of src/test/resources/config/application.yaml
    admin = anonymous.withBasicAuth(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    office = anonymous.withBasicAuth("shoffice", TestUsers.PASSWORD);
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  /** A script element without a source file of ours. */
  private static final String INLINE_SCRIPT = "<script(?![^>]*\\ssrc=\"/)";

  @Test
  @DisplayName("our pages send a strict CSP and need no inline style or script; the webapps keep Camunda's own CSP")
  void contentSecurityPolicy() throws Exception {
    TestRestTemplate applicant = anonymous.withBasicAuth("shapplicant", TestUsers.PASSWORD);
    Map<String, ResponseEntity<String>> pages = new LinkedHashMap<>();
    pages.put("notices", anonymous.getForEntity("/notices", String.class));
    pages.put("editions", office.getForEntity("/manager/editions", String.class));
    pages.put("403", applicant.getForEntity("/manager/editions", String.class));
    pages.put("404", office.getForEntity("/manager/editions/999999/timeline", String.class));
    pages.put("applicant login", anonymous.getForEntity("/applicant/login", String.class));
    pages.put("my applications", applicant.getForEntity("/applicant/", String.class));
    pages.put("applicant 403", office.getForEntity("/applicant/", String.class));
    assertThat(pages.values()).extracting(page -> page.getStatusCode().value())
        .containsExactly(200, 200, 403, 404, 200, 200, 403);
    pages.forEach((name, page) -> {
      assertThat(page.getHeaders().getFirst("Content-Security-Policy")).as(name)
          .isEqualTo("default-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'");
      // scripts only from our own files (CSP 'self'), never inline
      assertThat(page.getBody()).as(name).doesNotContain("<style", "style=").doesNotContainPattern(INLINE_SCRIPT);
    });
    // the stylesheet the 403 page links is public
    ResponseEntity<String> css = anonymous.getForEntity("/manager/manager.css", String.class);
    assertThat(css.getStatusCode().value()).isEqualTo(200);
    assertThat(css.getHeaders().getContentType()).hasToString("text/css");
    // so is the one script, which the notice board's and the applicant pages' forms load (same origin)
    ResponseEntity<String> script = anonymous.getForEntity("/notices/upload-size.js", String.class);
    assertThat(script.getStatusCode().value()).isEqualTo(200);
    assertThat(script.getHeaders().getContentType()).hasToString("text/javascript");
    try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
      for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
        assertThat(Files.readString(template)).as(template.toString())
            .doesNotContain("<style", "style=").doesNotContainPattern(INLINE_SCRIPT).doesNotContainPattern("\\son[a-z]+=");
      }
    }

    ResponseEntity<String> tasklist = anonymous.getForEntity("/camunda/app/tasklist/default/", String.class);
    assertThat(tasklist.getStatusCode().value()).isEqualTo(200);
    assertThat(tasklist.getHeaders().getFirst("Content-Security-Policy"))
        .contains("'strict-dynamic'", "'nonce-", "frame-ancestors 'none'");
    assertThat(tasklist.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  @DisplayName("an unexpected failure or a mistyped number in an address answers a page in Chinese, not Boot's English Whitelabel")
  void errorPagesInChinese() {
    HttpCaller applicant = HttpCaller.basic(port, "shapplicant", TestUsers.PASSWORD);
    // what an unexpected failure renders (Boot's error view, as a page's uncaught exception reaches it)
    HttpResponse<String> failure = applicant.page("/error");
    assertThat(failure.statusCode()).isEqualTo(500);
    assertThat(failure.body()).contains("系统出错", "请稍后重试").doesNotContain("Whitelabel");
    HttpResponse<String> mistyped = applicant.page("/applicant/drafts/abc");
    assertThat(mistyped.statusCode()).isEqualTo(400);
    assertThat(mistyped.body()).contains("地址有误", "“editionId”应为编号：abc").doesNotContain("Whitelabel");
  }

  @Test
  @DisplayName("every /engine-rest and /api answer says nosniff, 401 included; /api keeps Spring Security's other headers")
  void noSniff() {
    Map<String, ResponseEntity<String>> answers = Map.of(
        "engine 401", anonymous.getForEntity("/engine-rest/task", String.class),
        "engine 200", office.getForEntity("/engine-rest/task", String.class),
        "engine 404", office.getForEntity("/engine-rest/no-such-resource", String.class),
        "api 401", anonymous.getForEntity("/api/experts", String.class),
        "api public", anonymous.getForEntity("/api/calendar/working-days?from=2025-01-02&days=5", String.class));
    answers.forEach((name, answer) ->
        assertThat(answer.getHeaders().getFirst("X-Content-Type-Options")).as(name).isEqualTo("nosniff"));
    ResponseEntity<String> api = office.getForEntity("/api/experts", String.class);
    assertThat(api.getStatusCode().value()).isEqualTo(200);
    assertThat(api.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(api.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
    assertThat(api.getHeaders().getCacheControl()).contains("no-store");
  }

  @Test
  @DisplayName("outside the demo profile the webapps' session and CSRF cookies are Secure; the session stays HttpOnly and SameSite=Lax")
  void secureCookies() {
    List<String> cookies = anonymous.getForEntity("/camunda/app/tasklist/default/", String.class)
        .getHeaders().get("Set-Cookie");
    assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID=")).singleElement().satisfies(session ->
        assertThat(session).contains("Path=/;", "Secure", "HttpOnly", "SameSite=Lax"));
    assertThat(cookies).filteredOn(c -> c.startsWith("XSRF-TOKEN=")).singleElement().satisfies(csrf ->
        assertThat(csrf).contains("Secure"));
  }

  @Test
  @DisplayName("Camunda's password policy is on: creating a user with a weak password via REST (as Admin does) is refused")
  void passwordPolicy() {
    ResponseEntity<String> policy = admin.getForEntity("/engine-rest/identity/password-policy", String.class);
    assertThat(policy.getStatusCode().value()).isEqualTo(200);
    assertThat(policy.getBody()).contains("PASSWORD_POLICY_LENGTH", "PASSWORD_POLICY_SPECIAL", "PASSWORD_POLICY_USER_DATA");

    ResponseEntity<String> weak = createUser("shweak", "secret");
    assertThat(weak.getStatusCode().value()).isEqualTo(500);
    assertThat(weak.getBody()).contains("Password does not match policy");
    // the user's own id in the password is refused as well
    assertThat(createUser("shweak", "Shweak-2026!").getStatusCode().value()).isEqualTo(500);
    assertThat(identityService.createUserQuery().userId("shweak").count()).isZero();

    assertThat(createUser("shstrong", "Quality-Award-2026").getStatusCode().value()).isEqualTo(204);
    assertThat(identityService.checkPassword("shstrong", "Quality-Award-2026")).isTrue();
    identityService.deleteUser("shstrong");
  }

  @Test
  @DisplayName("wrong passwords throttle the account on every login path, the 10th locks it; the administrator reads the attempts")
  void loginThrottlingAndAudit() throws Exception {
    // its own user: a locked account would break every other test logging in as it
    String password = "Lock-Test-2026";
    User user = identityService.newUser("shlocked");
    user.setPassword(password);
    identityService.saveUser(user);
    identityService.createMembership("shlocked", "quality-office");
    TestRestTemplate right = anonymous.withBasicAuth("shlocked", password);
    TestRestTemplate wrong = anonymous.withBasicAuth("shlocked", "Wrong-Pass-2026");
    // the engine's clock stands still unless moved: lock times are exact
    EngineClock.set(LocalDateTime.now(EngineClock.ZONE));

    assertThat(status(wrong, "/engine-rest/task")).isEqualTo(401);
    // for 3 seconds even the right password is refused
    assertThat(status(right, "/api/experts")).isEqualTo(401);
    later(4);
    assertThat(status(right, "/api/experts")).isEqualTo(200);

    // ten wrong passwords in a row, each after the last lock ran out, by any login
    HttpClient browser = tasklistPage();
    for (int attempt = 1; attempt <= 10; attempt++) {
      int status = switch (attempt % 3) {
        case 0 -> webappLogin(browser, "shlocked", "Wrong-Pass-2026");
        case 1 -> status(wrong, "/engine-rest/task");
        default -> status(wrong, "/manager/editions");
      };
      assertThat(status).as("attempt %d", attempt).isEqualTo(401);
      later(61);
    }
    later(3600);
    assertThat(webappLogin(browser, "shlocked", password)).isEqualTo(401);
    identityService.unlockUser("shlocked");
    assertThat(status(right, "/engine-rest/task")).isEqualTo(200);

    JsonNode log = refusalsOf("shlocked");
    assertThat(log.path("total").asInt()).isEqualTo(13);
    List<String> reasons = new ArrayList<>();
    List<String> actions = new ArrayList<>();
    for (JsonNode entry : log.path("entries")) {
      assertThat(entry.path("userId").asText()).isEqualTo("shlocked");
      assertThat(entry.path("clientAddress").isTextual()).as(entry.toString()).isTrue();
      assertThat(InetAddress.getByName(entry.path("clientAddress").asText()).isLoopbackAddress()).isTrue();
      reasons.add(entry.path("reason").asText());
      actions.add(entry.path("action").asText());
    }
    // newest first
    assertThat(reasons.get(0)).isEqualTo("登录受限：连续登录失败 10 次，账号已锁定，须由管理员在 Admin 中解锁");
    assertThat(reasons.get(1)).isEqualTo("登录失败：密码错误（连续第 10 次），账号已锁定，须由管理员在 Admin 中解锁");
    assertThat(reasons.get(5)).isEqualTo("登录失败：密码错误（连续第 6 次），60 秒内不能再登录");
    assertThat(reasons.get(10)).isEqualTo("登录失败：密码错误（连续第 1 次），3 秒内不能再登录");
    assertThat(reasons.get(11)).isEqualTo("登录受限：连续登录失败后暂时锁定，3 秒后才能再登录");
    assertThat(reasons.get(12)).isEqualTo("登录失败：密码错误（连续第 1 次），3 秒内不能再登录");
    assertThat(actions).contains("登录 GET /engine-rest/task", "登录 GET /api/experts", "登录 GET /manager/editions",
        "登录 POST /camunda/api/admin/auth/user/default/login/tasklist");

    assertThat(status(office, "/api/audit/refusals")).isEqualTo(403);
    assertThat(status(anonymous, "/api/audit/refusals")).isEqualTo(401);
  }

  @Test
  @DisplayName("a 403 of /api or /manager is recorded: who, method and path, the roles that were needed")
  void refusedCallsAudited() throws Exception {
    TestRestTemplate applicant = anonymous.withBasicAuth("shapplicant", TestUsers.PASSWORD);
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    assertThat(applicant.postForEntity("/api/editions", new HttpEntity<>("{}", json), String.class)
        .getStatusCode().value()).isEqualTo(403);
    assertThat(status(applicant, "/manager/editions")).isEqualTo(403);

    JsonNode entries = refusalsOf("shapplicant").path("entries");
    assertThat(entries.get(0).path("action").asText()).isEqualTo("GET /manager/editions");
    assertThat(entries.get(0).path("reason").asText()).isEqualTo("无权访问：仅限市质强办、领导小组、系统管理员");
    assertThat(entries.get(1).path("action").asText()).isEqualTo("POST /api/editions");
    assertThat(entries.get(1).path("reason").asText()).isEqualTo("无权访问：仅限市质强办");
  }

  // --- helpers

  /** Moves the engine's clock on. */
  private static void later(int seconds) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + seconds * 1000L));
  }

  private static int status(TestRestTemplate caller, String path) {
    return caller.getForEntity(path, String.class).getStatusCode().value();
  }

  /** What Admin posts to create a user (to the same resource, behind /camunda/api/engine). */
  private ResponseEntity<String> createUser(String id, String password) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return admin.postForEntity("/engine-rest/user/create", new HttpEntity<>("""
        {"profile": {"id": "%s", "firstName": "测试", "lastName": "用户", "email": "%s@example.org"},
         "credentials": {"password": "%s"}}""".formatted(id, id, password), headers), String.class);
  }

  private JsonNode refusalsOf(String userId) throws IOException {
    ResponseEntity<String> log = admin.getForEntity("/api/audit/refusals?user={user}", String.class, userId);
    assertThat(log.getStatusCode().value()).as(log.getBody()).isEqualTo(200);
    return objectMapper.readTree(log.getBody());
  }

  /** A browser on Tasklist's page: its session and CSRF cookie, ready to post the login form. */
  private HttpClient tasklistPage() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new LocalhostCookies()).build();
    assertThat(browser.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
    return browser;
  }

  private int webappLogin(HttpClient browser, String userId, String password) throws Exception {
    CookieManager cookies = (CookieManager) browser.cookieHandler().orElseThrow();
    String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow();
    return browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-XSRF-TOKEN", csrf)
            .POST(HttpRequest.BodyPublishers.ofString("username=" + userId + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8)))
            .build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
