package org.qualityaward.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What a security reviewer looks for, over real HTTP: our pages' CSP beside Camunda's, nosniff on both
 * REST APIs, Secure session cookies outside demo, the password policy. Same context as
 * WebappSessionLoginTest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class SecurityHardeningTest {

  @Autowired TestRestTemplate anonymous;
  @Autowired IdentityService identityService;

  private TestRestTemplate admin;
  private TestRestTemplate office;

  @BeforeEach
  void setUp() {
    TestUsers.ensure(identityService, "shoffice", "quality-office");
    TestUsers.ensure(identityService, "shapplicant", "applicant");
    // the test administrator of src/test/resources/config/application.yaml
    admin = anonymous.withBasicAuth("admin", "Test-Chief-2026");
    office = anonymous.withBasicAuth("shoffice", TestUsers.PASSWORD);
  }

  @Test
  @DisplayName("our pages send a strict CSP and need no inline style or script; the webapps keep Camunda's own CSP")
  void contentSecurityPolicy() throws Exception {
    TestRestTemplate applicant = anonymous.withBasicAuth("shapplicant", TestUsers.PASSWORD);
    Map<String, ResponseEntity<String>> pages = new LinkedHashMap<>();
    pages.put("notices", anonymous.getForEntity("/notices", String.class));
    pages.put("editions", office.getForEntity("/manager/editions", String.class));
    pages.put("403", applicant.getForEntity("/manager/editions", String.class));
    pages.put("404", office.getForEntity("/manager/editions/999999/timeline", String.class));
    assertThat(pages.values()).extracting(page -> page.getStatusCode().value()).containsExactly(200, 200, 403, 404);
    pages.forEach((name, page) -> {
      assertThat(page.getHeaders().getFirst("Content-Security-Policy")).as(name)
          .isEqualTo("default-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'");
      assertThat(page.getBody()).as(name).doesNotContain("<script", "<style", "style=");
    });
    // the stylesheet the 403 page links is public
    ResponseEntity<String> css = anonymous.getForEntity("/manager/manager.css", String.class);
    assertThat(css.getStatusCode().value()).isEqualTo(200);
    assertThat(css.getHeaders().getContentType()).hasToString("text/css");
    try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
      for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
        assertThat(Files.readString(template)).as(template.toString())
            .doesNotContain("<script", "<style", "style=").doesNotContainPattern("\\son[a-z]+=");
      }
    }

    ResponseEntity<String> tasklist = anonymous.getForEntity("/camunda/app/tasklist/default/", String.class);
    assertThat(tasklist.getStatusCode().value()).isEqualTo(200);
    assertThat(tasklist.getHeaders().getFirst("Content-Security-Policy"))
        .contains("'strict-dynamic'", "'nonce-", "frame-ancestors 'none'");
    assertThat(tasklist.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
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

  /** What Admin posts to create a user (to the same resource, behind /camunda/api/engine). */
  private ResponseEntity<String> createUser(String id, String password) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return admin.postForEntity("/engine-rest/user/create", new HttpEntity<>("""
        {"profile": {"id": "%s", "firstName": "测试", "lastName": "用户", "email": "%s@example.org"},
         "credentials": {"password": "%s"}}""".formatted(id, id, password), headers), String.class);
  }
}
