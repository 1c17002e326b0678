package org.qualityaward.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.edition.AwardEditionModel.PROPOSE_ONSITE_LIST;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationOutcome;
import org.qualityaward.edition.Edition;
import org.qualityaward.expert.ExpertPool;
import org.qualityaward.review.PanelReport;
import org.qualityaward.review.ReviewStage;
import org.qualityaward.review.Scoring;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.HttpCaller;
import org.qualityaward.testing.SampleApplications;
import org.qualityaward.testing.SampleCases;
import org.qualityaward.testing.SampleExperts;
import org.qualityaward.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Issue 12: the feedback report (反馈报告). Two organisations go through document review with the
 * panels' agreed comments; one is left off the on-site list and so ends (未获奖), the other is still in
 * the procedure; a third ends ineligible at once. Only the first has a report: a real PDF with the
 * categories, their score bands and the agreed comments, an embedded Chinese font, and no expert's name
 * or score. Access over HTTP: the submitting applicant and the office, others refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FeedbackReportTest {

  private static final AtomicInteger SERIALS = new AtomicInteger(7300);

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired IdentityService identityService;
  @Autowired ExpertPool expertPool;
  @Autowired Scoring scoring;

  private EditionDriver driver;

  @BeforeEach
  void setUp() {
    SampleExperts.ensurePool(expertPool, identityService, 4);
    driver = new EditionDriver(context);
    TestUsers.ensure(identityService, "applicant", "applicant");
    TestUsers.ensure(identityService, "fbother", "applicant");
    TestUsers.ensure(identityService, "fboffice", "quality-office");
    TestUsers.ensure(identityService, "fbexpert", "expert");
    TestUsers.ensure(identityService, "fbleader", "leading-group");
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  @DisplayName("Art 18: a case that ended after document review gets a PDF report from the panel's agreed comments;"
      + " bands only, no expert, embedded CJK font; applicant and office only; 404 with the reason otherwise")
  void feedbackReport() throws IOException {
    Edition edition = driver.openEdition(EditionYears.next(), "反馈报告届");
    Application ineligible = driver.submit(SampleApplications.organization(edition.getId(), SampleCases.RECOMMENDER,
        SERIALS.getAndIncrement(), LocalDate.of(2025, 1, 1)));
    assertThat(driver.refresh(ineligible).getOutcome()).isEqualTo(ApplicationOutcome.INELIGIBLE);
    Application onsite = driver.submit(SampleCases.organization(edition.getId(), SERIALS.getAndIncrement()));
    Application notListed = driver.submit(SampleCases.organization(edition.getId(), SERIALS.getAndIncrement()));
    driver.acceptAll(List.of(onsite, notListed));
    driver.completePanel(onsite, new BigDecimal("900"));
    // members give different totals: none of them may appear in the report
    driver.completePanel(notListed, List.of(new BigDecimal("310"), new BigDecimal("300"), new BigDecimal("290")));

    HttpCaller office = HttpCaller.basic(port, "fboffice", TestUsers.PASSWORD);
    String notListedPdf = "/api/applications/" + notListed.getId() + "/feedback-report.pdf";
    HttpResponse<String> early = HttpCaller.basic(port, "applicant", TestUsers.PASSWORD).get(notListedPdf);
    assertThat(early.statusCode()).isEqualTo(404);
    assertThat(early.body()).contains("尚未结束");

    driver.completeEditionTask(PROPOSE_ONSITE_LIST, Map.of("onsiteExcluded", notListed.getApplicationNumber()
        + " 资料评审 300 分，不列入", "comment", "资料评审 300 分者不列入"));
    driver.passPublicity(driver.editionInstanceId());
    assertThat(driver.refresh(notListed).getOutcome()).isEqualTo(ApplicationOutcome.NOT_AWARDED);

    // the applicant who submitted it downloads a real PDF
    HttpResponse<byte[]> download = getBytes(notListedPdf, "applicant");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains("attachment")
        .contains(".pdf");
    byte[] pdf = download.body();
    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    // kept for a person to look at (pdftoppm target/feedback-report/sample.pdf)
    Files.createDirectories(Path.of("target", "feedback-report"));
    Files.write(Path.of("target", "feedback-report", "sample.pdf"), pdf);

    PanelReport report = scoring.panelReport(notListed.getId(), ReviewStage.DOCUMENT_REVIEW);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
      assertThat(text).contains("反馈报告").contains(notListed.getApplicationNumber())
          .contains("领导").contains("战略").contains("顾客与市场").contains("资源").contains("过程管理")
          .contains("测量、分析与改进").contains("结果")
          .contains("领导方面的一致优势：体系完整，持续改进").contains("结果方面的一致改进机会：加强数据分析")
          .contains("资料评审").contains("现场评审：未列入现场评审名单，未进行").contains("未获奖")
          // 30% of every category's maximum, 300 of 1000 in all
          .contains("得分区间：26%–50%").contains("总分区间26%–50%");
      // no member, no member's score, no exact panel score
      for (PanelReport.Member member : report.getMembers()) {
        assertThat(text).doesNotContain(member.getExpertUserId());
        User user = identityService.createUserQuery().userId(member.getExpertUserId()).singleResult();
        String name = (user.getLastName() == null ? "" : user.getLastName())
            + (user.getFirstName() == null ? "" : user.getFirstName());
        assertThat(name).isNotBlank();
        assertThat(text).doesNotContain(name);
      }
      assertThat(text).doesNotContain("310").doesNotContain("290").doesNotContain("300.")
          .doesNotContain("34.1").doesNotContain("33.0").doesNotContain("31.9").doesNotContain(report.getLeaderUserId());

      // the Chinese font is embedded (a subset of a TrueType font: FontFile2)
      List<String> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font).isInstanceOf(PDType0Font.class);
          assertThat(font.isEmbedded()).isTrue();
          assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
          fonts.add(font.getName());
        }
      }
      assertThat(fonts).isNotEmpty().allSatisfy(name -> assertThat(name).matches("[A-Z]{6}\\+.+"));
    }

    // the office reads it too; another applicant, an expert and the leading group may not
    assertThat(getBytes(notListedPdf, "fboffice").statusCode()).isEqualTo(200);
    HttpResponse<byte[]> other = getBytes(notListedPdf, "fbother");
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(new String(other.body(), StandardCharsets.UTF_8)).contains("反馈报告仅提交该申报的申报人和市质强办可查看")
        .doesNotContain(notListed.getApplicationNumber());
    assertThat(getBytes(notListedPdf, "fbexpert").statusCode()).isEqualTo(403);
    assertThat(getBytes(notListedPdf, "fbleader").statusCode()).isEqualTo(403);
    assertThat(HttpCaller.anonymous(port).get(notListedPdf).statusCode()).isEqualTo(401);

    // a case still in the procedure, and one that never reached document review: 404 saying why
    HttpResponse<String> running = office.get("/api/applications/" + onsite.getId() + "/feedback-report.pdf");
    assertThat(running.statusCode()).isEqualTo(404);
    assertThat(running.body()).contains("尚未结束").contains("现场评审");
    HttpResponse<String> never = office.get("/api/applications/" + ineligible.getId() + "/feedback-report.pdf");
    assertThat(never.statusCode()).isEqualTo(404);
    assertThat(never.body()).contains("未进入资料评审");

    // the office's list: the cases that reached document review and whether each report is ready
    HttpResponse<String> list = office.get("/api/editions/" + edition.getId() + "/feedback-reports");
    assertThat(list.statusCode()).isEqualTo(200);
    JsonNode entries = HttpCaller.json(list);
    assertThat(entries).hasSize(2);
    JsonNode first = entries.get(0).get("applicationId").asLong() == notListed.getId() ? entries.get(0) : entries.get(1);
    JsonNode second = first == entries.get(0) ? entries.get(1) : entries.get(0);
    assertThat(first.get("available").asBoolean()).isTrue();
    assertThat(first.get("url").asText()).isEqualTo(notListedPdf);
    assertThat(second.get("applicationId").asLong()).isEqualTo(onsite.getId());
    assertThat(second.get("available").asBoolean()).isFalse();
    assertThat(second.get("status").asText()).contains("尚未结束");
    assertThat(HttpCaller.basic(port, "applicant", TestUsers.PASSWORD)
        .get("/api/editions/" + edition.getId() + "/feedback-reports").statusCode()).isEqualTo(403);
  }

  @Test
  @DisplayName("score bands: whole percent of the category's maximum in quarters")
  void bands() {
    assertThat(FeedbackReports.band(new BigDecimal("0"), new BigDecimal("110"))).isEqualTo("0%–25%");
    assertThat(FeedbackReports.band(new BigDecimal("27.5"), new BigDecimal("110"))).isEqualTo("0%–25%");
    assertThat(FeedbackReports.band(new BigDecimal("29"), new BigDecimal("110"))).isEqualTo("26%–50%");
    assertThat(FeedbackReports.band(new BigDecimal("55"), new BigDecimal("110"))).isEqualTo("26%–50%");
    assertThat(FeedbackReports.band(new BigDecimal("75"), new BigDecimal("100"))).isEqualTo("51%–75%");
    assertThat(FeedbackReports.band(new BigDecimal("76"), new BigDecimal("100"))).isEqualTo("76%–100%");
    assertThat(FeedbackReports.band(new BigDecimal("400"), new BigDecimal("400"))).isEqualTo("76%–100%");
  }

  private HttpResponse<byte[]> getBytes(String path, String userId) {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
          .header("Authorization", "Basic " + Base64.getEncoder()
              .encodeToString((userId + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
          .GET().build();
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
