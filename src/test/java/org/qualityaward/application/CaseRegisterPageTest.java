package org.qualityaward.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.SampleApplications;
import org.qualityaward.testing.SampleCases;
import org.qualityaward.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 17, /manager/cases: the office's register of an edition's cases (Art 9(2)), read-only for the
 * leading group (Art 8(2)); filters, search, order and pages run in the database. One edition for the class:
 * two organisations and one individual, all in the recommending unit's review. Same context as
 * timeline.EditionTimelinePageTest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseRegisterPageTest {

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired IdentityService identityService;
  @Autowired CaseRegister register;

  private Long editionId;
  private final List<Application> cases = new ArrayList<>();

  @BeforeAll
  void openEditionWithThreeCases() {
    TestUsers.ensure(identityService, "croffice", "quality-office");
    TestUsers.ensure(identityService, "crleader", "leading-group");
    TestUsers.ensure(identityService, "crapplicant", "applicant");
    EditionDriver driver = new EditionDriver(context);
    editionId = driver.openEdition(EditionYears.next(), "案件登记测试届").getId();
    cases.add(driver.submit(SampleCases.organization(editionId, 6801)));
    cases.add(driver.submit(SampleCases.organization(editionId, 6802)));
    cases.add(driver.submit(SampleCases.individual(editionId, 17, 681)));
  }

  @AfterAll
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  @DisplayName("each case of the edition with number, applicant, kind, unit, stage and next deadline in words, linked to its case file")
  void listsTheEditionsCases() throws Exception {
    String page = page("/manager/cases?edition=" + editionId, "croffice");
    for (Application application : cases) {
      assertThat(page).contains(application.getApplicationNumber(), application.getApplicantName(),
          "href=\"/cases/" + application.getApplicationNumber() + "\"");
    }
    assertThat(page).contains("共 <strong>3</strong> 件", "组织", "个人", "保定市质量协会", "推荐单位审核",
        "导出为 Excel（XLSX）");
    // the recommending unit's review is due within 10 working days (qa.tasks.due-working-days): a date, not "—"
    assertThat(page).containsPattern("<td[^>]*>20\\d\\d-\\d\\d-\\d\\d</td>");
  }

  @Test
  @DisplayName("filters by kind, stage and unit, and finds by part of the name, of the number or the start of the credit code")
  void filtersAndSearch() throws Exception {
    Application individual = cases.get(2);
    String byKind = page("/manager/cases?edition=" + editionId + "&kind=INDIVIDUAL", "croffice");
    assertThat(byKind).contains(individual.getApplicationNumber(), "共 <strong>1</strong> 件")
        .doesNotContain(cases.get(0).getApplicationNumber());
    assertThat(page("/manager/cases?edition=" + editionId + "&stage=ACCEPTED", "croffice")).contains("没有符合条件的申报");
    assertThat(page("/manager/cases?edition=" + editionId + "&unit=R-JX-MSR", "croffice")).contains("没有符合条件的申报");
    assertThat(page("/manager/cases?edition=" + editionId + "&outcome=AWARD", "croffice")).contains("没有符合条件的申报");

    assertThat(page("/manager/cases", "croffice", "q", "精密机械有限公司6802"))
        .contains(cases.get(1).getApplicationNumber()).doesNotContain(cases.get(0).getApplicationNumber());
    assertThat(page("/manager/cases", "croffice", "q", cases.get(0).getApplicationNumber().toLowerCase()))
        .contains(cases.get(0).getApplicationNumber(), "共 <strong>1</strong> 件");
    String creditCode = SampleApplications.creditCode("130602", 6801);
    assertThat(page("/manager/cases", "croffice", "q", creditCode.substring(0, 14)))
        .contains(cases.get(0).getApplicationNumber());
    // a wildcard typed by the user is matched literally
    assertThat(page("/manager/cases?edition=" + editionId, "croffice", "q", "%")).contains("没有符合条件的申报");
  }

  @Test
  @DisplayName("ordered and paged in the database: the count of all, one page of rows, a stable order")
  void ordersAndPages() {
    CaseFilter edition = new CaseFilter(editionId, null, null, null, null, null);
    CaseRegister.Page first = register.find(edition, CaseOrder.NUMBER, false, 0, 2);
    CaseRegister.Page second = register.find(edition, CaseOrder.NUMBER, false, 1, 2);
    assertThat(first.total()).isEqualTo(3);
    assertThat(first.pages()).isEqualTo(2);
    assertThat(first.rows()).extracting(CaseRow::applicationNumber)
        .containsExactly(cases.get(0).getApplicationNumber(), cases.get(1).getApplicationNumber());
    assertThat(second.rows()).extracting(CaseRow::applicationNumber).containsExactly(cases.get(2).getApplicationNumber());
    // a page past the end shows the last one
    assertThat(register.find(edition, CaseOrder.NUMBER, false, 9, 2).page()).isEqualTo(1);

    assertThat(register.find(edition, CaseOrder.APPLICANT, true, 0, 10).rows()).extracting(CaseRow::applicantName)
        .isSortedAccordingTo((a, b) -> b.compareTo(a));
    assertThat(register.find(new CaseFilter(editionId, null, ApplicationKind.ORGANIZATION, null, null, null),
        CaseOrder.STAGE, false, 0, 10).rows()).hasSize(2).allMatch(r -> r.stage() == ApplicationStage.RECOMMENDER_REVIEW);
  }

  @Test
  @DisplayName("the filtered list exports to XLSX with the page's columns, in the page's order")
  void exportsTheFilteredList() throws Exception {
    MvcResult result = mvc.perform(get("/manager/cases/export.xlsx?edition=" + editionId + "&sort=NUMBER&desc=true")
        .with(httpBasic("croffice", TestUsers.PASSWORD))).andExpect(status().isOk()).andReturn();
    assertThat(result.getResponse().getContentType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(3);
      Row header = sheet.getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("申报编号");
      assertThat(header.getCell(6).getStringCellValue()).isEqualTo("下一办理期限");
      Row first = sheet.getRow(1);
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo(cases.get(2).getApplicationNumber());
      assertThat(first.getCell(2).getStringCellValue()).isEqualTo("个人");
      assertThat(first.getCell(3).getStringCellValue()).isEqualTo("保定市质量协会");
      assertThat(first.getCell(4).getStringCellValue()).isEqualTo("推荐单位审核");
      assertThat(first.getCell(6).getStringCellValue()).matches("20\\d\\d-\\d\\d-\\d\\d");
    }
  }

  @Test
  @DisplayName("Art 8: the leading group reads the register; an applicant is refused, a browser without login goes to Cockpit's login")
  void whoMayRead() throws Exception {
    assertThat(page("/manager/cases?edition=" + editionId, "crleader")).contains(cases.get(0).getApplicationNumber());
    mvc.perform(get("/manager/cases").with(httpBasic("crapplicant", TestUsers.PASSWORD))).andExpect(status().isForbidden());
    mvc.perform(get("/manager/cases/export.xlsx").with(httpBasic("crapplicant", TestUsers.PASSWORD)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/manager/cases")).andExpect(status().isFound());
  }

  /** The page as {@code userId} sees it; {@code params}: name, value, … */
  private String page(String path, String userId, String... params) throws Exception {
    var request = get(path).with(httpBasic(userId, TestUsers.PASSWORD));
    for (int i = 0; i < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }
}
