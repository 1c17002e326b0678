package org.qualityaward.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.qualityaward.testing.HttpCaller;
import org.qualityaward.testing.SampleApplications;
import org.qualityaward.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 17, /manager/experts: the office keeps the expert pool in pages under ExpertPool's rules (Art 9(2), 10),
 * imports it from the documented XLSX template row by row, all or nothing, and exports it. Experts here are of
 * industry M74 (专业技术服务业), which no sample case asks for, so the draws of other tests never meet them.
 * Same context as timeline.EditionTimelinePageTest (real port: the webapp session's form post).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExpertPageTest {

  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Autowired MockMvc mvc;
  @Autowired IdentityService identityService;
  @Autowired ExpertPool pool;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @BeforeEach
  void setUp() {
    TestUsers.ensure(identityService, "epoffice", "quality-office");
    TestUsers.ensure(identityService, "epleader", "leading-group");
    TestUsers.ensure(identityService, "epapplicant", "applicant");
    for (String expert : List.of("epform1", "epform2", "epform3", "epimport1", "epimport2", "epimport3", "epstale", "epbroken1", "epsession")) {
      TestUsers.ensure(identityService, expert, "expert");
    }
  }

  /** The pool as other tests of the context found it: this class's experts take no part in their draws. */
  @AfterAll
  void deactivateThisClassesExperts() {
    pool.all().stream().filter(e -> e.getUserId().startsWith("ep") && e.isActive())
        .forEach(e -> pool.setActive(e.getId(), false, e.getVersion()));
  }

  @Test
  @DisplayName("Art 10: the office adds an expert on the form; a refused form names each field's rule and keeps what was typed")
  void addOnTheForm() throws Exception {
    String refused = mvc.perform(asOffice(post("/manager/experts")).params(form("epform1", "OTHER", "3", false)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(refused).contains("未保存", "第十条第（二）项", "第十条第（三）项", "第十条第（一）项",
        "value=\"epform1\"", "value=\"3\"", "value=\"M74\"");
    assertThat(pool.ofUser("epform1")).isEmpty();

    String notANumber = mvc.perform(asOffice(post("/manager/experts")).params(form("epform1", "MASTER", "十年", true)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(notANumber).contains("“十年”不是整数年限", "value=\"十年\"");

    mvc.perform(asOffice(post("/manager/experts")).params(form("epform1", "MASTER", "12", true)))
        .andExpect(status().isFound()).andExpect(redirectedUrlPattern("/manager/experts/*?saved"));
    Expert added = pool.ofUser("epform1").orElseThrow();
    assertThat(added.getDegree()).isEqualTo(Degree.MASTER);
    assertThat(added.getIndustries()).containsExactly("M74");
    assertThat(page("/manager/experts", "epoffice")).contains("页面添加专家epform1", "添加专家");
  }

  @Test
  @DisplayName("a correction keeps the user; one based on an older version is a concurrent edit (409) that changes nothing and shows what was typed, unsaved; saved again, it overwrites knowingly")
  void editAndDeactivate() throws Exception {
    Expert expert = pool.add(newExpert("epform2"));
    var stale = form("epform2", "DOCTOR", "20", true);
    stale.add("version", String.valueOf(expert.getVersion()));
    stale.set("name", "改后的姓名");
    mvc.perform(asOffice(post("/manager/experts/" + expert.getId())).params(stale))
        .andExpect(status().isFound()).andExpect(redirectedUrl("/manager/experts/" + expert.getId() + "?saved"));
    Expert revised = pool.get(expert.getId());
    assertThat(revised.getName()).isEqualTo("改后的姓名");
    assertThat(revised.getDegree()).isEqualTo(Degree.DOCTOR);

    stale.set("name", "过时的修改");
    String conflict = mvc.perform(asOffice(post("/manager/experts/" + expert.getId())).params(stale))
        .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
    assertThat(conflict).contains("已被他人修改", "尚未保存");
    assertThat(pool.get(expert.getId()).getName()).isEqualTo("改后的姓名");
    // what was typed comes back, at the record's version now: saving again overwrites knowingly
    Document typed = Jsoup.parse(conflict);
    assertThat(typed.select("input[name=name]").val()).isEqualTo("过时的修改");
    assertThat(typed.select("input[name=version]").val()).isEqualTo(String.valueOf(revised.getVersion()));
    stale.set("version", String.valueOf(revised.getVersion()));
    mvc.perform(asOffice(post("/manager/experts/" + expert.getId())).params(stale)).andExpect(status().isFound());
    assertThat(pool.get(expert.getId()).getName()).isEqualTo("过时的修改");
    revised = pool.get(expert.getId());

    mvc.perform(asOffice(post("/manager/experts/" + expert.getId() + "/active"))
            .param("active", "false").param("version", String.valueOf(revised.getVersion())))
        .andExpect(status().isFound());
    assertThat(pool.get(expert.getId()).isActive()).isFalse();
    mvc.perform(asOffice(post("/manager/experts/" + expert.getId() + "/active"))
            .param("active", "true").param("version", String.valueOf(revised.getVersion())))
        .andExpect(status().isConflict());
    assertThat(page("/manager/experts/" + expert.getId(), "epoffice")).contains("评价记录", "过时的修改", "停用");
  }

  @Test
  @DisplayName("Art 8: the leading group reads the pool without forms and may not post; an applicant gets nothing")
  void leadingGroupReads() throws Exception {
    pool.ofUser("epform3").orElseGet(() -> pool.add(newExpert("epform3")));
    String page = page("/manager/experts", "epleader");
    assertThat(page).contains("评审专家库", "epform3").doesNotContain("导入专家表", "添加专家</a>", "<form");
    mvc.perform(post("/manager/experts").with(httpBasic("epleader", TestUsers.PASSWORD)).params(form("epform3", "MASTER", "9", true)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/manager/experts").with(httpBasic("epapplicant", TestUsers.PASSWORD))).andExpect(status().isForbidden());
  }

  @Test
  @DisplayName("a good file imports all its rows in one go, from the template the page offers")
  void importGoodFile() throws Exception {
    byte[] template = mvc.perform(asOffice(get("/manager/experts/template.xlsx"))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    byte[] file = fill(template, List.of(
        row("epimport1", "导入专家一", "大学本科", "8", "是", "是"),
        row("epimport2", "导入专家二", "博士研究生", "15", "是", "是")));
    mvc.perform(asOffice(multipart("/manager/experts/import").file(new MockMultipartFile("file", "专家.xlsx", XLSX, file))))
        .andExpect(status().isFound()).andExpect(redirectedUrl("/manager/experts?imported=2&updated=0"));
    assertThat(pool.ofUser("epimport1")).get().extracting(Expert::getName).isEqualTo("导入专家一");
    assertThat(pool.ofUser("epimport2")).get().extracting(Expert::getDegree).isEqualTo(Degree.DOCTOR);

    byte[] export = mvc.perform(asOffice(get("/manager/experts/export.xlsx"))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(export))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("用户名");
      boolean found = false;
      for (Row row : sheet) {
        if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("epimport1")) {
          found = true;
          assertThat(row.getCell(6).getStringCellValue()).isEqualTo("大学本科");
          assertThat(row.getCell(13).getStringCellValue()).isEqualTo("启用");
        }
      }
      assertThat(found).as("epimport1 exported").isTrue();
    }
  }

  @Test
  @DisplayName("Art 29: the export, edited and imported back, corrects the experts already in the pool (group and declared conflicts too) and keeps their status")
  void importCorrectsExistingExperts() throws Exception {
    Expert expert = pool.ofUser("epimport3").orElseGet(() -> pool.add(newExpert("epimport3")));
    pool.setActive(expert.getId(), false, expert.getVersion());
    String group = SampleApplications.creditCode("130600", 9703);
    String conflict = SampleApplications.creditCode("130606", 9704);
    byte[] edited = exportedAndEdited("epimport3", row -> {
      row.getCell(1).setCellValue("改名后的专家");
      row.getCell(4).setCellValue(group);
      row.getCell(12).setCellValue(conflict);
    });
    mvc.perform(asOffice(multipart("/manager/experts/import").file(new MockMultipartFile("file", "专家.xlsx", XLSX, edited))))
        .andExpect(status().isFound()).andExpect(redirectedUrl("/manager/experts?imported=0&updated=1"));

    Expert corrected = pool.get(expert.getId());
    assertThat(corrected.getName()).isEqualTo("改名后的专家");
    assertThat(corrected.getEmployerGroupCreditCode()).isEqualTo(group);
    assertThat(corrected.getConflictCreditCodes()).containsExactly(conflict);
    assertThat(corrected.isActive()).as("the status is the pool's, not the sheet's").isFalse();
    assertThat(page("/manager/experts/" + expert.getId(), "epoffice")).contains(group, conflict);
  }

  @Test
  @DisplayName("Art 29: an export imported back after a colleague changed a record is refused whole, naming the row and both versions; the colleague's declared conflict stays")
  void staleExportDoesNotUndoAnotherEdit() throws Exception {
    Expert expert = pool.ofUser("epstale").orElseGet(() -> pool.add(newExpert("epstale")));
    byte[] stale = exportedAndEdited("epstale", row -> row.getCell(1).setCellValue("旧文件里改的名字"));
    String declared = SampleApplications.creditCode("130606", 9705);
    NewExpert withConflict = new NewExpert("epstale", expert.getName(), expert.getEmployerName(),
        expert.getEmployerCreditCode(), null, List.of("M74"), Degree.MASTER, 10, "政府质量奖评审员培训合格", true, true,
        null, List.of(declared));
    Expert changed = pool.revise(expert.getId(), withConflict, pool.get(expert.getId()).getVersion());

    String page = mvc.perform(asOffice(multipart("/manager/experts/import")
            .file(new MockMultipartFile("file", "专家.xlsx", XLSX, stale))))
        .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
    assertThat(problems(page)).filteredOn(p -> p.startsWith("第")).singleElement().asString()
        .endsWith("|" + ExpertSheets.VERSION_TITLE + "|专家“epstale”的记录在导出后已被修改（导出时版本 "
            + (changed.getVersion() - 1) + "，现为版本 " + changed.getVersion() + "）：请重新导出，在新文件中修改后再导入");
    assertThat(pool.get(expert.getId()).getConflictCreditCodes()).containsExactly(declared);
    assertThat(pool.get(expert.getId()).getName()).isEqualTo(expert.getName());

    byte[] fresh = exportedAndEdited("epstale", row -> row.getCell(1).setCellValue("新文件里改的名字"));
    mvc.perform(asOffice(multipart("/manager/experts/import").file(new MockMultipartFile("file", "专家.xlsx", XLSX, fresh))))
        .andExpect(status().isFound());
    assertThat(pool.get(expert.getId()).getName()).isEqualTo("新文件里改的名字");
    assertThat(pool.get(expert.getId()).getConflictCreditCodes()).containsExactly(declared);
  }

  /** The pool's export with only the user's row left, edited as a person would in the spreadsheet. */
  private byte[] exportedAndEdited(String userId, java.util.function.Consumer<Row> edit) throws Exception {
    byte[] export = mvc.perform(asOffice(get("/manager/experts/export.xlsx"))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(export))) {
      Sheet sheet = book.getSheetAt(0);
      for (int r = sheet.getLastRowNum(); r > 0; r--) {
        Row row = sheet.getRow(r);
        if (row.getCell(0).getStringCellValue().equals(userId)) {
          edit.accept(row);
        } else {
          sheet.removeRow(row); // the other experts of the context's pool: left as they are
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    }
  }

  @Test
  @DisplayName("Art 10: a broken file is refused whole, every problem named by row, column and rule; not even its good row is stored")
  void importBrokenFile() throws Exception {
    byte[] file = fill(ExpertSheets.template(), List.of(
        row("epbroken1", "好的一行", "大学本科", "8", "是", "是"),
        row("epnosuchuser", "没有账号", "其他", "3", "是", "否"),
        row("epbroken1", "重复的一行", "大专", "很多", "也许", "是")));
    String page = mvc.perform(asOffice(multipart("/manager/experts/import")
            .file(new MockMultipartFile("file", "专家.xlsx", XLSX, file))))
        .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("未导入任何专家");
    assertThat(problems(page)).contains(
        "第3行|A 用户名|用户“epnosuchuser”不存在或不在评审专家（expert）组，无法在 Tasklist 办理评审任务",
        "第3行|G 文化程度|第十条第（二）项：评审员应具有大学及大学以上文化程度，“其他”不符合（Art 10(2)）",
        "第3行|H 质量管理或专业技术工作年限|第十条第（三）项：评审员应具有5年以上质量管理或相应专业技术工作经历，填报 3 年不足5年（Art 10(3)）",
        "第3行|K 作风正派、清正廉洁|第十条第（四）项：评审员应作风正派，清正廉洁，具有良好的社会公德和职业道德，须声明（Art 10(4)）",
        "第4行|G 文化程度|“大专”不是可选的文化程度：博士研究生、硕士研究生、大学本科、大学专科、其他",
        "第4行|H 质量管理或专业技术工作年限|“很多”不是整数年限",
        "第4行|J 熟悉质量、经济法律法规|应填“是”或“否”，而不是“也许”",
        "第4行|A 用户名|用户“epbroken1”已在第2行，一人一条专家记录");
    assertThat(problems(page)).noneMatch(p -> p.startsWith("第2行"));
    assertThat(pool.ofUser("epbroken1")).isEmpty();

    String notAWorkbook = mvc.perform(asOffice(multipart("/manager/experts/import")
            .file(new MockMultipartFile("file", "专家.xlsx", XLSX, "不是表格".getBytes(StandardCharsets.UTF_8)))))
        .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
    assertThat(notAWorkbook).contains("文件不是 Excel（XLSX）工作簿");
  }

  @Test
  @DisplayName("a Basic login a browser remembers does not post for another site: refused (403) and logged, on /manager and /api; a script's post goes through")
  void crossSiteBasicPostIsRefused() throws Exception {
    Expert expert = pool.ofUser("epform3").orElseGet(() -> pool.add(newExpert("epform3")));
    mvc.perform(asOffice(post("/manager/experts/" + expert.getId() + "/active")).header("Sec-Fetch-Site", "cross-site")
            .param("active", "false").param("version", String.valueOf(expert.getVersion())))
        .andExpect(status().isForbidden());
    mvc.perform(asOffice(post("/api/experts")).header("Origin", "https://evil.example")
            .contentType("application/json").content("{}"))
        .andExpect(status().isForbidden());
    assertThat(pool.get(expert.getId()).isActive()).isTrue();
    assertThat(jdbc.queryForObject("select count(*) from refused_attempt where action = ? and reason like '跨站请求%'",
        Integer.class, "POST /manager/experts/" + expert.getId() + "/active")).isPositive();

    mvc.perform(asOffice(post("/manager/experts/" + expert.getId() + "/active"))
            .param("active", "false").param("version", String.valueOf(expert.getVersion())))
        .andExpect(status().isFound());
    assertThat(pool.get(expert.getId()).isActive()).isFalse();
    Expert now = pool.get(expert.getId());
    pool.setActive(now.getId(), true, now.getVersion());
  }

  @Test
  @DisplayName("a browser logged in to Cockpit posts the page's forms (the import's multipart too) with the session's CSRF token, also from a page read before the last post; without the token it is refused")
  void sessionFormNeedsToken() {
    Expert expert = pool.ofUser("epsession").orElseGet(() -> pool.add(newExpert("epsession")));
    HttpCaller browser = HttpCaller.webapp(port, "epoffice", TestUsers.PASSWORD, "cockpit");
    HttpResponse<String> list = browser.page("/manager/experts");
    assertThat(list.statusCode()).isEqualTo(200);
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(list.body());
    assertThat(token.find()).as("the page's forms carry a CSRF token").isTrue();
    String body = "active=false&version=" + pool.get(expert.getId()).getVersion();

    HttpResponse<String> forged = browser.send("POST", "/manager/experts/" + expert.getId() + "/active",
        "application/x-www-form-urlencoded", body);
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(pool.get(expert.getId()).isActive()).isTrue();

    HttpResponse<String> posted = browser.send("POST", "/manager/experts/" + expert.getId() + "/active",
        "application/x-www-form-urlencoded", body + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
    assertThat(pool.get(expert.getId()).isActive()).isFalse();

    // the import form is multipart: its token travels in the body too, and the import runs (a text file: 422)
    String file = "--b17\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.xlsx\"\r\nContent-Type: "
        + XLSX + "\r\n\r\nnot a workbook\r\n--b17--\r\n";
    assertThat(browser.send("POST", "/manager/experts/import", "multipart/form-data; boundary=b17", file)
        .statusCode()).isEqualTo(403);
    HttpResponse<String> imported = browser.send("POST", "/manager/experts/import", "multipart/form-data; boundary=b17",
        "--b17\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token.group(1) + "\r\n" + file);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(422);
    assertThat(imported.body()).contains("文件不是 Excel（XLSX）工作簿");
  }

  private MockHttpServletRequestBuilder asOffice(MockHttpServletRequestBuilder request) {
    return request.with(httpBasic("epoffice", TestUsers.PASSWORD));
  }

  private String page(String path, String userId) throws Exception {
    return mvc.perform(get(path).with(httpBasic(userId, TestUsers.PASSWORD))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
  }

  private static NewExpert newExpert(String userId) {
    return new NewExpert(userId, "专家" + userId, "保定某检测技术服务公司", SampleApplications.creditCode("130699", 9700), null,
        List.of("M74"), Degree.MASTER, 10, "政府质量奖评审员培训合格", true, true, null, List.of());
  }

  private static org.springframework.util.LinkedMultiValueMap<String, String> form(String userId, String degree,
      String years, boolean declared) {
    var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
    form.add("userId", userId);
    form.add("name", "页面添加专家" + userId);
    form.add("employerName", "保定某检测技术服务公司");
    form.add("employerCreditCode", SampleApplications.creditCode("130699", 9701));
    form.add("industries", "M74");
    form.add("degree", degree);
    form.add("qualityYears", years);
    form.add("trainingQualification", "政府质量奖评审员培训合格");
    if (declared) {
      form.add("lawsFamiliarityDeclared", "true");
    }
    form.add("conductDeclared", "true");
    return form;
  }

  /** A row of the template: user, name, degree, years, the two declarations; the rest filled validly. */
  private static List<String> row(String userId, String name, String degree, String years, String laws, String conduct) {
    return List.of(userId, name, "保定某检测技术服务公司", SampleApplications.creditCode("130699", 9702), "", "M74",
        degree, years, "政府质量奖评审员培训合格", laws, conduct, "", "");
  }

  /** The template with {@code rows} from row 2, as the office fills it in a spreadsheet program. */
  private static byte[] fill(byte[] template, List<List<String>> rows) throws IOException {
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      Sheet sheet = book.getSheetAt(0);
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < rows.get(r).size(); c++) {
          if (c == 7 && rows.get(r).get(c).matches("\\d+")) {
            row.createCell(c).setCellValue(Integer.parseInt(rows.get(r).get(c))); // a number cell, as Excel keeps it
          } else {
            row.createCell(c).setCellValue(rows.get(r).get(c));
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    }
  }

  /** The import's problem table as "row|column|message" lines. */
  private static List<String> problems(String page) {
    Matcher cells = Pattern.compile("<tr>\\s*<td>([^<]*)</td>\\s*<td>([^<]*)</td>\\s*<td>([^<]*)</td>\\s*</tr>").matcher(page);
    List<String> lines = new java.util.ArrayList<>();
    while (cells.find()) {
      lines.add(cells.group(1) + "|" + cells.group(2) + "|" + cells.group(3));
    }
    return lines;
  }
}
