package org.qualityaward.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.testing.HttpCaller;
import org.qualityaward.testing.TestUsers;
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
  void cockpitSessionReads() {
    HttpCaller browser = HttpCaller.webapp(port, "wsoffice", "secret", "cockpit");

    assertThat(browser.get("/api/experts").statusCode()).isEqualTo(200);
    HttpResponse<String> page = browser.page("/manager/editions");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("市政府质量奖评选届次");

    HttpResponse<String> post = browser.post("/api/editions",
        "{\"year\": 2098, \"name\": \"会话不能新建届次\", \"applicationDeadline\": \"2098-03-31\"}");
    assertThat(post.statusCode()).isEqualTo(401);

    assertThat(HttpCaller.anonymous(port).get("/api/experts").statusCode()).isEqualTo(401);
  }

  @Test
  @DisplayName("a Tasklist login counts with the user's own groups: an applicant reads its own API, not the office's")
  void tasklistSessionKeepsRoles() {
    HttpCaller browser = HttpCaller.webapp(port, "wsapplicant", "secret", "tasklist");

    assertThat(browser.get("/api/experts").statusCode()).isEqualTo(403);
    assertThat(browser.page("/manager/editions").statusCode()).isEqualTo(403);
  }

  @Test
  @DisplayName("reading with the webapp session leaves the session's id as it is: parallel requests of one page keep the login")
  void sessionIdStays() {
    HttpCaller browser = HttpCaller.webapp(port, "wsoffice", "secret", "tasklist");

    for (String path : new String[] {"/api/experts", "/manager/editions", "/cases/BDQA-2098-0001"}) {
      HttpResponse<String> response = browser.page(path);
      assertThat(response.statusCode()).as(path).isNotEqualTo(302);
      assertThat(response.headers().allValues("Set-Cookie")).as(path + " sets no new session cookie")
          .noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
    }
  }
}
