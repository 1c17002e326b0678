package org.qualityaward.identity;

import org.qualityaward.testing.LocalhostCookies;
import org.qualityaward.testing.TestUsers;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser logged in to Cockpit or Tasklist may read /api and /manager with its webapp session, but
 * never change anything with it. Real HTTP: the webapps' login is a Jersey resource MockMvc cannot reach.
 * Same context as timeline.EditionTimelinePageTest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class WebappSessionLoginTest {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;

  @BeforeEach
  void setUp() {
    TestUsers.ensure(identityService, "wsoffice", "quality-office");
    TestUsers.ensure(identityService, "wsapplicant", "applicant");
  }

  @Test
  @DisplayName("after the Cockpit login, GET /api and /manager run as that user; a POST with only the session is 401")
  void cockpitSessionReads() throws Exception {
    HttpClient browser = login("wsoffice", "cockpit");

    assertThat(send(browser, get("/api/experts")).statusCode()).isEqualTo(200);
    HttpResponse<String> page = send(browser, get("/manager/editions"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("市政府质量奖评选届次");

    HttpResponse<String> post = send(browser, HttpRequest.newBuilder(uri("/api/editions"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"year\": 2098, \"name\": \"会话不能新建届次\", \"applicationDeadline\": \"2098-03-31\"}"))
        .build());
    assertThat(post.statusCode()).isEqualTo(401);

    HttpClient anonymous = HttpClient.newHttpClient();
    assertThat(send(anonymous, get("/api/experts")).statusCode()).isEqualTo(401);
  }

  @Test
  @DisplayName("a Tasklist login counts with the user's own groups: an applicant reads its own API, not the office's")
  void tasklistSessionKeepsRoles() throws Exception {
    HttpClient browser = login("wsapplicant", "tasklist");

    assertThat(send(browser, get("/api/experts")).statusCode()).isEqualTo(403);
    assertThat(send(browser, get("/manager/editions")).statusCode()).isEqualTo(403);
  }

  /** As the webapp does: fetch the app (session and CSRF cookie), then post the login form. */
  private HttpClient login(String userId, String app) throws Exception {
    CookieManager cookies = new LocalhostCookies();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    assertThat(send(browser, get("/camunda/app/" + app + "/default/")).statusCode()).isEqualTo(200);
    String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow();
    HttpResponse<String> login = send(browser, HttpRequest.newBuilder(
            uri("/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", csrf)
        .header("Origin", "http://localhost:" + port)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + userId + "&password=secret"))
        .build());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    return browser;
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(uri(path)).GET().build();
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

}
