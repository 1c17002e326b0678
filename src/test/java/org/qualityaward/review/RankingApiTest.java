package org.qualityaward.review;

import org.qualityaward.honour.AwardLevel;
import org.qualityaward.testing.TestUsers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.application.ApplicationCases;
import org.qualityaward.application.ApplicationOutcome;
import org.qualityaward.testing.EngineClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** GET /api/editions/{id}/ranking(.xlsx) and the panel report XLSX, with their access rules. */
@SpringBootTest
@AutoConfigureMockMvc
class RankingApiTest {

  @Autowired MockMvc mvc;
  @Autowired ScoredCases cases;
  @Autowired Rankings rankings;
  @Autowired ApplicationCases applicationCases;
  @Autowired IdentityService identityService;

  private Long editionId;
  private final List<Long> orgs = new ArrayList<>();
  private Long individual;

  /** o1..o6 at 950..900, o7 and o8 tied at 880 for the 7th award, o9 at 700; o2 disqualified afterwards. */
  @BeforeEach
  void setUp() {
    EngineClock.startOf(LocalDate.of(2026, 3, 2));
    TestUsers.ensure(identityService, "rankoffice", "quality-office");
    TestUsers.ensure(identityService, "rankleader", "leading-group");
    TestUsers.ensure(identityService, "rankapplicant", "applicant");
    editionId = cases.edition();
    String[] totals = {"950", "940", "930", "920", "910", "900", "880", "880", "700"};
    for (String total : totals) {
      Long id = cases.organization(editionId);
      cases.scoreBothStages(id, total);
      orgs.add(id);
    }
    individual = cases.individual(editionId);
    cases.scoreBothStages(individual, "90.5");
    cases.organization(editionId); // scored in neither stage: not ranked
    applicationCases.end(org(2), ApplicationOutcome.DISQUALIFIED, "公示异议经调查属实");
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  @DisplayName("Art 6, 20, 21: the leading group sees ranks, scores, proposed levels, the open tie and the disqualification")
  void ranking() throws Exception {
    ResultActions result = mvc.perform(get("/api/editions/" + editionId + "/ranking").with(httpBasic("rankleader", "secret")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.cases", hasSize(10)))
        .andExpect(jsonPath("$.cases[0].applicationId").value(org(1)))
        .andExpect(jsonPath("$.cases[0].rank").value(1))
        .andExpect(jsonPath("$.cases[0].kind").value("ORGANIZATION"))
        .andExpect(jsonPath("$.cases[0].applicantName").isNotEmpty())
        .andExpect(jsonPath("$.cases[0].documentScore").value(950.0))
        .andExpect(jsonPath("$.cases[0].onsiteScore").value(950.0))
        .andExpect(jsonPath("$.cases[0].cumulativeScore").value(1900.0))
        .andExpect(jsonPath("$.cases[0].proposedLevel").value("AWARD"))
        .andExpect(jsonPath("$.cases[0].finalOutcome").isEmpty())
        .andExpect(jsonPath("$.ties[0].applicationIds", containsInAnyOrder(org(7).intValue(), org(8).intValue())))
        .andExpect(jsonPath("$.ties[0].awardPlaces.ORGANIZATION").value(1))
        .andExpect(jsonPath("$.ties[0].decided").value(false));
    expectCase(result, org(2), "proposedLevel", "NONE");
    expectCase(result, org(2), "finalOutcome", "DISQUALIFIED");
    expectCase(result, org(2), "disqualified", true);
    expectCase(result, org(7), "proposedLevel", "UNDECIDED");
    expectCase(result, org(8), "tieGroup", "T1");
    expectCase(result, org(8), "rank", 7);
    expectCase(result, org(9), "proposedLevel", "NOMINATION");
    expectCase(result, org(9), "reason", "NOMINATION_AWARD_QUOTA_FULL");
    expectCase(result, org(2), "reason", "DISQUALIFIED");
    expectCase(result, org(7), "reason", "TIE_UNDECIDED");
    expectCase(result, individual, "scaledScore", 905.0);
    expectCase(result, individual, "reasonText",
        "达到获奖最低分 600，在获奖个人名额（5个）内，建议授予市政府质量奖（第六条、第二十条）");
    expectCase(result, individual, "proposedLevel", "AWARD");
    expectCase(result, individual, "kind", "INDIVIDUAL");
    expectCase(result, individual, "rank", 1);
  }

  @Test
  @DisplayName("Art 6, 21: the leading group's decision settles the tie; the disqualified place stays empty")
  void tieDecided() throws Exception {
    rankings.decideTies(editionId, Map.of(org(7), AwardLevel.NOMINATION, org(8), AwardLevel.AWARD), "rankleader");

    ResultActions result = mvc.perform(get("/api/editions/" + editionId + "/ranking").with(httpBasic("rankoffice", "secret")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.ties[0].decided").value(true))
        .andExpect(jsonPath("$.cases[?(@.proposedLevel=='AWARD' && @.kind=='ORGANIZATION')]", hasSize(6)));
    expectCase(result, org(8), "proposedLevel", "AWARD");
    expectCase(result, org(7), "proposedLevel", "NOMINATION");
  }

  @Test
  @DisplayName("Art 20: the ranking is for the office and the leading group only; an unknown edition is 404")
  void access() throws Exception {
    mvc.perform(get("/api/editions/" + editionId + "/ranking")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/editions/" + editionId + "/ranking").with(httpBasic("rankapplicant", "secret")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/editions/" + editionId + "/ranking.xlsx").with(httpBasic("rankapplicant", "secret")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/applications/" + org(1) + "/panel-reports/DOCUMENT_REVIEW.xlsx")
            .with(httpBasic("rankapplicant", "secret")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/editions/999999/ranking").with(httpBasic("rankoffice", "secret")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("届次 999999 不存在"));
    mvc.perform(get("/api/applications/" + org(1) + "/panel-reports/FINAL.xlsx").with(httpBasic("rankoffice", "secret")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("stage"));
  }

  @Test
  @DisplayName("Art 20: the ranking sheet XLSX reads back with Chinese headers and one row per ranked case")
  void rankingXlsx() throws Exception {
    byte[] xlsx = mvc.perform(get("/api/editions/" + editionId + "/ranking.xlsx").with(httpBasic("rankoffice", "secret")))
        .andExpect(status().isOk())
        .andExpect(content().contentType(ReviewController.XLSX))
        .andReturn().getResponse().getContentAsByteArray();

    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheet("综合评价排名");
      List<String> headers = new ArrayList<>();
      sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
      assertThat(headers).isEqualTo(ReviewExports.RANKING_HEADERS);
      assertThat(sheet.getLastRowNum()).isEqualTo(10);
      Row first = sheet.getRow(1);
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo("组织");
      assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(1900.0);
      assertThat(first.getCell(7).getStringCellValue()).isEqualTo("市政府质量奖");
      assertThat(sheet.getRow(2).getCell(10).getStringCellValue()).isEqualTo("经调查属实取消资格");
      assertThat(sheet.getRow(7).getCell(7).getStringCellValue()).isEqualTo("并列，待领导小组决定");
      assertThat(first.getCell(11).getNumericCellValue()).isEqualTo(950.0);
      assertThat(sheet.getRow(2).getCell(12).getStringCellValue()).isEqualTo("经调查属实取消资格（公示异议第二十一条或投诉举报第九条第六项），名额不递补");
    }
  }

  @Test
  @DisplayName("Art 18: the document review report XLSX lists the panel score, the members' category scores and remarks")
  void panelReportXlsx() throws Exception {
    byte[] xlsx = mvc.perform(get("/api/applications/" + org(1) + "/panel-reports/DOCUMENT_REVIEW.xlsx")
            .with(httpBasic("rankleader", "secret")))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();

    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet report = book.getSheet("资料评审报告");
      assertThat(report.getRow(8).getCell(0).getStringCellValue()).isEqualTo("评审组得分");
      assertThat(report.getRow(8).getCell(1).getStringCellValue()).isEqualTo("950.00");
      assertThat(report.getRow(13).getCell(0).getStringCellValue()).isEqualTo("评审专家");
      assertThat(report.getRow(13).getCell(1).getStringCellValue()).isEqualTo("领导（110）");
      assertThat(report.getRow(14).getCell(8).getNumericCellValue()).isEqualTo(950.0);
      Sheet remarks = book.getSheet("评语");
      assertThat(remarks.getLastRowNum()).isEqualTo(21);
      assertThat(remarks.getRow(1).getCell(3).getStringCellValue()).isEqualTo("领导：达到要求");
    }
    mvc.perform(get("/api/applications/" + cases.organization(editionId) + "/panel-reports/ONSITE_REVIEW.xlsx")
            .with(httpBasic("rankoffice", "secret")))
        .andExpect(status().isNotFound());
  }

  private static void expectCase(ResultActions result, Long applicationId, String field, Object value) throws Exception {
    result.andExpect(jsonPath("$.cases[?(@.applicationId==" + applicationId + ")]." + field, contains(value)));
  }

  private Long org(int position) {
    return orgs.get(position - 1);
  }

}
