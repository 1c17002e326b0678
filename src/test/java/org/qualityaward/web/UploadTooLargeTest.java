package org.qualityaward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A file over the servlet's upload limit (20 MB) is refused before any controller runs: over real HTTP, as
 * only a real server enforces the limit (MockMvc does not). A citizen's objection gets the notice board's
 * Chinese page, an API client its Chinese problem under {@code file}; Boot's English JSON is never seen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadTooLargeTest {

  private static final byte[] TWENTY_ONE_MB = new byte[21 * 1024 * 1024];

  @LocalServerPort int port;
  @Autowired IdentityService identityService;

  private HttpResponse<String> upload(String path, String field, String authorization) throws Exception {
    String boundary = "----qa" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"grounds\"\r\n\r\n"
        + "该单位公示的主要业绩中有一项专利并非本单位所有。\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\""
        + field + "\"; filename=\"扫描件.pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(TWENTY_ONE_MB);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("an objection with a 21 MB attachment: 413 with the notice board's page in Chinese, saying the limit and that nothing was stored")
  void objectionOverTheLimit() throws Exception {
    HttpResponse<String> response = upload("/notices/publicities/1/objections", "attachment", null);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    Document page = Jsoup.parse(response.body());
    assertThat(page.select("h1").text()).isEqualTo("文件过大，未提交");
    assertThat(page.select(".message").text()).contains("不超过 20MB", "什么也没有保存", "返回上一页");
    assertThat(page.select("a[href=/notices]")).isNotEmpty();
  }

  @Test
  @DisplayName("an API upload over the limit: 400 with the problem under file, in Chinese")
  void apiUploadOverTheLimit() throws Exception {
    TestUsers.ensure(identityService, "uploadoffice", "quality-office");
    String basic = "Basic " + Base64.getEncoder().encodeToString(("uploadoffice:" + TestUsers.PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response = upload("/api/applications/1/evidence", "file", basic);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"file\"", "文件过大，单个文件不超过 20MB")
        .doesNotContain("Maximum upload size");
  }
}
