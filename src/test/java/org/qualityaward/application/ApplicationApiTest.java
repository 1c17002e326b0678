package org.qualityaward.application;

import org.camunda.bpm.engine.TaskService;
import org.qualityaward.testing.TestUsers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.qualityaward.edition.Edition;
import org.qualityaward.edition.EditionService;
import org.qualityaward.edition.NewEdition;
import org.qualityaward.eligibility.CreditRecord;
import org.qualityaward.eligibility.CreditRecordType;
import org.qualityaward.eligibility.Declarations;
import org.qualityaward.eligibility.IndividualProfile;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.EngineTables;
import org.qualityaward.testing.SampleApplications;
import org.qualityaward.testing.SampleFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.qualityaward.testing.ConditionAnswers;
import org.qualityaward.testing.EditionYears;

/** The external contract of /api/applications, /api/editions and /api/recommenders (DESIGN §7). */
@SpringBootTest
@AutoConfigureMockMvc
class ApplicationApiTest {

  private static final AtomicInteger SERIALS = new AtomicInteger(300);

  @Autowired TaskService taskService;

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired EditionService editions;
  @Autowired ApplicationRepository applications;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired ConditionReview conditionReview;

  /** One edition for the class: each test submits its own applicants (edition years are few, see EditionYears). */
  private static Edition edition;

  @BeforeEach
  void setUp() {
    EngineClock.startOf(LocalDate.of(2026, 3, 2));
    if (edition == null) {
      edition = EditionDriver.openWithApprovedPlan(editions, taskService, new NewEdition(EditionYears.next(), "接口测试届", LocalDate.of(2026, 3, 31)));
    }
    TestUsers.ensure(identityService, "apiapplicant", "applicant");
    TestUsers.ensure(identityService, "apioffice", "quality-office");
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  @DisplayName("Art 16: a valid application is 201 with its number, stage and one finding per rule")
  void submits() throws Exception {
    var submission = SampleApplications.organization(edition.getId(), "R-JX-MSR", SERIALS.getAndIncrement(),
        LocalDate.of(2012, 5, 1));

    String body = mvc.perform(asApplicant(post("/api/applications")).content(json.writeValueAsString(submission)))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", containsString("/api/applications/")))
        .andExpect(jsonPath("$.applicationNumber").value(containsString("BDQA-" + edition.getYear())))
        .andExpect(jsonPath("$.stage").value("RECOMMENDER_REVIEW"))
        .andExpect(jsonPath("$.outcome").doesNotExist())
        .andExpect(jsonPath("$.eligibility", hasSize(9)))
        .andExpect(jsonPath("$.eligibility[0].rule").value("ORG-REGISTERED"))
        .andExpect(jsonPath("$.eligibility[0].article").value("Art 11(2)"))
        .andExpect(jsonPath("$.eligibility[0].passed").value(true))
        .andReturn().getResponse().getContentAsString();

    long id = json.readTree(body).get("id").asLong();
    mvc.perform(get("/api/applications/" + id).with(httpBasic("apiapplicant", "secret")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("ORGANIZATION"))
        .andExpect(jsonPath("$.eligibility[*].rule", hasItem("SECRETS")))
        .andExpect(jsonPath("$.evidence[1].tradeSecret").value(true));
  }

  @Test
  @DisplayName("PIPL: an individual's ID number is stored encrypted, never in the engine, shown masked but to the quality office; a second submission of the person is still recognised")
  void idNumberEncryptedAndMasked() throws Exception {
    var submission = SampleApplications.individual(edition.getId(), "R-ASSOC-QA", SERIALS.getAndIncrement(),
        LocalDate.of(2010, 9, 1));
    String idNumber = submission.individual().idNumber();
    String masked = idNumber.substring(0, 6) + "********" + idNumber.substring(14);

    String created = mvc.perform(asApplicant(post("/api/applications")).content(json.writeValueAsString(submission)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.idNumber").value(masked))
        .andReturn().getResponse().getContentAsString();
    long id = json.readTree(created).get("id").asLong();

    mvc.perform(get("/api/applications/" + id).with(httpBasic("apiapplicant", "secret")))
        .andExpect(jsonPath("$.idNumber").value(masked));
    mvc.perform(get("/api/applications/" + id).with(httpBasic("apioffice", "secret")))
        .andExpect(jsonPath("$.idNumber").value(idNumber));
    assertThat(jdbc.queryForMap("select id_number, applicant_key, active_applicant_key from application where id = ?", id)
        .values()).allSatisfy(stored -> assertThat(stored.toString()).doesNotContain(idNumber));
    assertThat(EngineTables.rowsContaining(jdbc, idNumber)).isEmpty();
    mvc.perform(asApplicant(post("/api/applications")).content(json.writeValueAsString(submission)))
        .andExpect(status().isConflict());
  }

  @Test
  @DisplayName("Art 16, 29: evidence files carry their trade-secret mark; a marked one is for the office and its applicant only")
  void evidenceFiles() throws Exception {
    long id = submitted();
    TestUsers.ensure(identityService, "otherapplicant", "applicant");
    byte[] certificate = SampleFiles.pdf("/Title (获奖证书)");

    String secret = mvc.perform(upload(id, "工艺诀窍.pdf", SampleFiles.pdf()).param("tradeSecret", "true"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.tradeSecret").value(true))
        .andReturn().getResponse().getContentAsString();
    long secretId = json.readTree(secret).get("id").asLong();
    String open = mvc.perform(upload(id, "获奖证书.pdf", certificate).param("tradeSecret", "false"))
        .andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString();
    long openId = json.readTree(open).get("id").asLong();

    mvc.perform(get("/api/applications/" + id + "/evidence/" + openId).with(httpBasic("apiapplicant", "secret")))
        .andExpect(status().isOk())
        .andExpect(content().bytes(certificate));
    // the applicant reads back its own secret; its recommending unit may not open it
    mvc.perform(get("/api/applications/" + id + "/evidence/" + secretId).with(httpBasic("apiapplicant", "secret")))
        .andExpect(status().isOk());
    TestUsers.ensure(identityService, "apiunit", "recommender-R-ASSOC-QA");
    mvc.perform(get("/api/applications/" + id + "/evidence/" + secretId).with(httpBasic("apiunit", TestUsers.PASSWORD)))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value(containsString("商业秘密")));
    mvc.perform(get("/api/applications/" + id + "/evidence/" + secretId).with(httpBasic("apioffice", "secret")))
        .andExpect(status().isOk());
    mvc.perform(get("/api/applications/" + id).with(httpBasic("otherapplicant", "secret")))
        .andExpect(status().isForbidden());
    // a stranger probing ids learns neither which case an id is nor which files it has
    String number = applications.findById(id).orElseThrow().getApplicationNumber();
    mvc.perform(get("/api/applications/" + id + "/evidence/0").with(httpBasic("otherapplicant", "secret")))
        .andExpect(status().isForbidden())
        .andExpect(content().string(not(containsString(number))));
    mvc.perform(get("/api/applications/" + id + "/evidence/" + openId).with(httpBasic("otherapplicant", "secret")))
        .andExpect(status().isForbidden())
        .andExpect(content().string(not(containsString(number))));
    mvc.perform(upload(id, "无标记.pdf", SampleFiles.pdf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("tradeSecret"));

    // Art 16: once the recommending unit has decided, the applicant adds nothing through the API either (as on
    // its pages); the office still may
    taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey(AwardApplicationModel.RECOMMENDER_REVIEW).singleResult().getId(),
        ConditionAnswers.recommenderReview(true, "同意推荐"));
    mvc.perform(upload(id, "补充说明.pdf", SampleFiles.pdf()).param("tradeSecret", "false"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("不能再修改或补充（第十六条）")));
    mvc.perform(multipart("/api/applications/" + id + "/evidence")
            .file(new MockMultipartFile("file", "补充说明.pdf", "application/pdf", SampleFiles.pdf()))
            .param("tradeSecret", "false").with(httpBasic("apioffice", "secret")))
        .andExpect(status().isCreated());
  }

  static Stream<Arguments> notWhatTheyClaim() {
    String notAType = "的内容不是 PDF、JPG、PNG、DOCX、XLSX 文件";
    byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
    return Stream.of(
        arguments("通知.pdf", "<!DOCTYPE html><script>alert(1)</script>".getBytes(UTF_8), notAType),
        arguments("setup.exe", exe, "的格式不受支持"),
        arguments("setup.pdf", exe, notAType),
        arguments("扫描件.pdf", SampleFiles.png(), "的内容是 PNG 文件，与扩展名 .pdf 不符"),
        arguments("说明.docx", SampleFiles.zip("readme.txt"), notAType),
        arguments("报告.pdf", SampleFiles.pdf("/Names << /JavaScript 5 0 R >>"), "含有脚本或自动执行的动作（/JavaScript）"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("notWhatTheyClaim")
  @DisplayName("an evidence file that is not what it claims is 400 naming the file and the rule; nothing is stored")
  void refusesFileNotWhatItClaims(String name, byte[] content, String rule) throws Exception {
    long id = submitted();

    mvc.perform(upload(id, name, content).param("tradeSecret", "false"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("file"))
        .andExpect(jsonPath("$.errors[0].message").value(startsWith("文件「" + name + "」" + rule)));
    mvc.perform(get("/api/applications/" + id).with(httpBasic("apiapplicant", "secret")))
        .andExpect(jsonPath("$.evidence[*].fileName", contains("首席质量官任命文件.pdf", "工艺诀窍.pdf")))
        .andExpect(jsonPath("$.evidence[*].uploaded", everyItem(is(false))));
  }

  @Test
  @DisplayName("an upload's name loses its path and control characters, and its stored type is its content's, not the client's")
  void storesCleanNameAndDetectedType() throws Exception {
    long id = submitted();
    String created = mvc.perform(upload(id, "..\\..\\首席质量官任命文件\u202e.pdf", SampleFiles.pdf())
            .param("tradeSecret", "false"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.fileName").value("首席质量官任命文件.pdf"))
        .andReturn().getResponse().getContentAsString();
    long evidenceId = json.readTree(created).get("id").asLong();

    mvc.perform(get("/api/applications/" + id).with(httpBasic("apiapplicant", "secret")))
        .andExpect(jsonPath("$.evidence", hasSize(2)))
        .andExpect(jsonPath("$.evidence[0].uploaded").value(true));
    mvc.perform(get("/api/applications/" + id + "/evidence/" + evidenceId).with(httpBasic("apiapplicant", "secret")))
        .andExpect(status().isOk())
        .andExpect(content().contentType("application/pdf"));
  }

  /** An application of this test's edition with two declared evidence files, none uploaded yet. */
  @Test
  @DisplayName("Art 4(1) 自愿申报: through the API the applicant withdraws its own application (200, outcome WITHDRAWN);"
      + " another applicant 403, a second time 409")
  void applicantWithdrawsThroughTheApi() throws Exception {
    long id = submitted();
    TestUsers.ensure(identityService, "otherapplicant", "applicant");

    mvc.perform(post("/api/applications/" + id + "/withdrawal").with(httpBasic("otherapplicant", "secret"))
        .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
    mvc.perform(asApplicant(post("/api/applications/" + id + "/withdrawal")).content("{\"reason\":\"本届暂不参评\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.outcome").value("WITHDRAWN"))
        .andExpect(jsonPath("$.stage").value("CLOSED"));
    mvc.perform(asApplicant(post("/api/applications/" + id + "/withdrawal")))
        .andExpect(status().isConflict());
  }

  private long submitted() throws Exception {
    var submission = SampleApplications.organization(edition.getId(), "R-ASSOC-QA", SERIALS.getAndIncrement(),
        LocalDate.of(2012, 5, 1));
    String created = mvc.perform(asApplicant(post("/api/applications")).content(json.writeValueAsString(submission)))
        .andReturn().getResponse().getContentAsString();
    return json.readTree(created).get("id").asLong();
  }

  /** The applicant's upload; the client claims HTML, which is never what is stored. */
  private MockHttpServletRequestBuilder upload(long applicationId, String name, byte[] content) {
    return multipart("/api/applications/" + applicationId + "/evidence")
        .file(new MockMultipartFile("file", name, "text/html", content))
        .with(httpBasic("apiapplicant", "secret"));
  }

  @Test
  @DisplayName("Bad input is 400 listing every problem with its field; nothing is stored")
  void refusesBadInputListingEveryProblem() throws Exception {
    long before = applications.count();
    String code = SampleApplications.creditCode("130602", SERIALS.getAndIncrement());
    String wrongCheck = code.substring(0, 17) + (code.charAt(17) == 'A' ? 'B' : 'A');
    String body = """
        { "editionId": 999999, "kind": "ORGANIZATION", "recommenderCode": "R-NOWHERE",
          "organization": { "name": "", "creditCode": "%s", "registeredOn": null, "industry": "C34",
                            "chiefQualityOfficer": true, "topManagerName": "张三" },
          "declarations": { "noStateSecrets": true } }
        """.formatted(wrongCheck);

    mvc.perform(asApplicant(post("/api/applications")).content(body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("editionId")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("recommenderCode")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("organization.name")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("organization.creditCode")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("organization.registeredOn")))
        .andExpect(jsonPath("$.errors[?(@.field=='organization.creditCode')].message").value(hasItem(containsString("第18位"))))
        .andExpect(jsonPath("$.errors[?(@.field=='editionId')].message").value(hasItem(containsString("999999"))))
        .andExpect(jsonPath("$.errors[?(@.field=='recommenderCode')].message").value(hasItem(containsString("R-NOWHERE"))));
    assertThat(applications.count()).isEqualTo(before);
  }

  @Test
  @DisplayName("A value of the wrong type is 400 naming its field; broken JSON is 400 naming the body")
  void refusesUnreadableBody() throws Exception {
    mvc.perform(asApplicant(post("/api/applications"))
            .content("{\"editionId\": 1, \"organization\": {\"registeredOn\": \"2014-13-45\"}}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("organization.registeredOn"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("LocalDate")));
    mvc.perform(asApplicant(post("/api/applications")).content("{\"editionId\": 1"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("body"));
  }

  @Test
  @DisplayName("Art 16: an individual's application without the individual block is refused naming it")
  void refusesKindWithoutProfile() throws Exception {
    String body = """
        { "editionId": %d, "kind": "INDIVIDUAL", "recommenderCode": "R-ASSOC-QA",
          "declarations": { "noStateSecrets": true } }
        """.formatted(edition.getId());
    mvc.perform(asApplicant(post("/api/applications")).content(body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("individual")));
  }

  @Test
  @DisplayName("Art 12(6), 11(6)(7), Art 10: a top manager declares the organisation's credit records apart — a 2-year-old one fails IND-CONDUCT as the organisation's; the employer's industry is the case's")
  void topManagersOrganisation() throws Exception {
    var sample = SampleApplications.individual(edition.getId(), "R-ASSOC-QA", SERIALS.getAndIncrement(),
        LocalDate.of(2010, 9, 1));
    IndividualProfile person = sample.individual();
    var submission = new ApplicationSubmission(sample.editionId(), sample.kind(), sample.recommenderCode(), null,
        new IndividualProfile(person.name(), SampleApplications.idNumber(LocalDate.of(1972, 2, 2),
            SERIALS.getAndIncrement() % 1000), person.employerCreditCode(), person.qualityWorkSince(), true, "C3611"),
        new Declarations(true, List.of(), List.of(),
            List.of(new CreditRecord(CreditRecordType.ADMINISTRATIVE_PENALTY, LocalDate.of(2024, 3, 1), "罚单"))),
        sample.selfAssessment(), sample.evidence(), sample.conditions());

    String created = mvc.perform(asApplicant(post("/api/applications")).content(json.writeValueAsString(submission)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.eligibility[?(@.rule=='IND-CONDUCT')].passed").value(contains(false)))
        .andExpect(jsonPath("$.eligibility[?(@.rule=='IND-CONDUCT')].message").value(contains(allOf(
            startsWith("申报人为所在组织最高管理者，所在组织须符合第十一条第六、七项（第十二条第六项）：第十一条第六项"),
            containsString("行政处罚 2024-03-01")))))
        .andReturn().getResponse().getContentAsString();
    long id = json.readTree(created).get("id").asLong();
    assertThat(applications.findById(id).orElseThrow().getIndustry()).isEqualTo("C3611");
    // read back from the stored declarations: the record is still the organisation's
    mvc.perform(get("/api/applications/" + id).with(httpBasic("apioffice", "secret")))
        .andExpect(jsonPath("$.eligibility[?(@.rule=='IND-CONDUCT')].message")
            .value(contains(containsString("第十一条第六项"))));
  }

  @Test
  @DisplayName("Art 10: an individual without the employer's industry, or with a wrong code, is refused naming the field; an organisation's application carries no employer's records")
  void refusesMissingEmployerIndustry() throws Exception {
    String person = """
        { "editionId": %d, "kind": "INDIVIDUAL", "recommenderCode": "R-ASSOC-QA",
          "individual": { "name": "李四", "idNumber": "%s", "employerCreditCode": "%s",
                          "qualityWorkSince": "2010-09-01", "topManager": false %s },
          "declarations": { "noStateSecrets": true }, "selfAssessment": "推广六西格玛。",
          "conditions": { "12(1)": "已签署声明。", "12(2)": "单位出具工作经历证明。", "12(3)": "见成果证书。",
                          "12(4)": "推广六西格玛，见证明。", "12(5)": "单位出具品行鉴定。" } }
        """;
    String idNumber = SampleApplications.idNumber(LocalDate.of(1972, 3, 3), SERIALS.getAndIncrement() % 1000);
    String employer = SampleApplications.creditCode("130602", SERIALS.getAndIncrement());
    mvc.perform(asApplicant(post("/api/applications")).content(person.formatted(edition.getId(), idNumber, employer, "")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", contains("individual.employerIndustry")));
    mvc.perform(asApplicant(post("/api/applications"))
            .content(person.formatted(edition.getId(), idNumber, employer, ", \"employerIndustry\": \"汽车\"")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field=='individual.employerIndustry')].message")
            .value(contains("应为国民经济行业分类代码（GB/T 4754），如 C34")));

    var organisation = SampleApplications.organization(edition.getId(), "R-ASSOC-QA", SERIALS.getAndIncrement(),
        LocalDate.of(2012, 5, 1));
    var withEmployerRecords = new ApplicationSubmission(organisation.editionId(), organisation.kind(),
        organisation.recommenderCode(), organisation.organization(), null,
        new Declarations(true, List.of(), List.of(),
            List.of(new CreditRecord(CreditRecordType.ADMINISTRATIVE_PENALTY, LocalDate.of(2024, 3, 1), null))),
        organisation.selfAssessment(), organisation.evidence(), organisation.conditions());
    mvc.perform(asApplicant(post("/api/applications")).content(json.writeValueAsString(withEmployerRecords)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", contains("declarations.employerCreditRecords")));
  }

  @Test
  @DisplayName("Art 11(2): an organisation without its registration authority and domicile is refused naming both; declared, a provincial code (130000) with a Baoding domicile passes marked 需核实")
  void registrationAuthorityAndAddress() throws Exception {
    String body = """
        { "editionId": %d, "kind": "ORGANIZATION", "recommenderCode": "R-ASSOC-QA",
          "organization": { "name": "保定某省级登记装备有限公司", "creditCode": "%s", "registeredOn": "2012-05-01",
                            "industry": "C34", "chiefQualityOfficer": true %s },
          "declarations": { "noStateSecrets": true }, "selfAssessment": "推行卓越绩效模式十年。",
          "evidence": [ { "fileName": "首席质量官任命文件.pdf", "tradeSecret": false } ],
          "conditions": { "11(1)": "法定代表人已签署声明。", "11(3)": "首席质量官任命文件，见材料1。",
                          "11(4)": "利税居全省同行业前列。", "11(5)": "发布社会责任报告。", "11(7)": "已签署声明。" } }
        """;
    String code = SampleApplications.creditCode("130000", SERIALS.getAndIncrement());
    long before = applications.count();
    mvc.perform(asApplicant(post("/api/applications")).content(body.formatted(edition.getId(), code, "")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field",
            containsInAnyOrder("organization.registrationAuthority", "organization.registeredAddress")));
    assertThat(applications.count()).isEqualTo(before);

    String created = mvc.perform(asApplicant(post("/api/applications")).content(body.formatted(edition.getId(), code,
            ", \"registrationAuthority\": \"河北省市场监督管理局\", \"registeredAddress\": \"保定市莲池区东风东路 9 号\"")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.eligibility[?(@.rule=='ORG-REGISTERED')].passed").value(contains(true)))
        .andExpect(jsonPath("$.eligibility[?(@.rule=='ORG-REGISTERED')].toConfirm").value(contains(true)))
        .andExpect(jsonPath("$.eligibility[?(@.rule=='ORG-REGISTERED')].message").value(contains(containsString(
            "统一社会信用代码登记管理机关行政区划码为 130000（省级登记），住所在保定市（保定市莲池区东风东路 9 号）"))))
        .andReturn().getResponse().getContentAsString();
    Application stored = applications.findById(json.readTree(created).get("id").asLong()).orElseThrow();
    assertThat(stored.getRegistrationAuthority()).isEqualTo("河北省市场监督管理局");
    assertThat(stored.getRegisteredAddress()).isEqualTo("保定市莲池区东风东路 9 号");
  }

  @Test
  @DisplayName("Art 11(1),(3)-(5),(7), Art 16, 17: each condition people judge needs its own statement; a missing, an overlong and a foreign point are refused by name, nothing is stored")
  void conditionsAreDeclaredPointByPoint() throws Exception {
    var sample = SampleApplications.organization(edition.getId(), "R-ASSOC-QA", SERIALS.getAndIncrement(),
        LocalDate.of(2012, 5, 1));
    Map<String, String> statements = new java.util.LinkedHashMap<>(sample.conditions());
    statements.remove("11(4)");
    statements.put("11(5)", "好".repeat(ConditionPoints.MAX_STATEMENT + 1));
    statements.put("12(3)", "个人条件");
    statements.put("11(2)", "注册在保定");
    var incomplete = new ApplicationSubmission(sample.editionId(), sample.kind(), sample.recommenderCode(),
        sample.organization(), null, sample.declarations(), sample.selfAssessment(), sample.evidence(), statements);
    long before = applications.count();
    mvc.perform(asApplicant(post("/api/applications")).content(json.writeValueAsString(incomplete)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field",
            containsInAnyOrder("conditions.11(4)", "conditions.11(5)", "conditions.12(3)", "conditions.11(2)")))
        .andExpect(jsonPath("$.errors[?(@.field=='conditions.11(4)')].message").value(contains(allOf(
            containsString("第十一条第（四）项须逐项声明"), containsString("近3年经审计的财务报表")))))
        .andExpect(jsonPath("$.errors[?(@.field=='conditions.11(5)')].message").value(contains(containsString(
            "不能超过 1000 字"))))
        .andExpect(jsonPath("$.errors[?(@.field=='conditions.11(2)')].message").value(contains(containsString(
            "可声明的有 11(1)、11(3)、11(4)、11(5)、11(7)"))));
    assertThat(applications.count()).isEqualTo(before);

    String created = mvc.perform(asApplicant(post("/api/applications")).content(json.writeValueAsString(sample)))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    Long id = json.readTree(created).get("id").asLong();
    assertThat(json.readTree(created).get("conditions").get(1).get("citation").asText()).isEqualTo("第十一条第（三）项");
    assertThat(json.readTree(created).get("conditions").get(1).get("recommender").isNull()).isTrue();
    assertThat(conditionReview.of(id)).extracting(c -> c.point().code(), ConditionReview.CaseCondition::statement)
        .containsExactly(tuple("11(1)", sample.conditions().get("11(1)")), tuple("11(3)", sample.conditions().get("11(3)")),
            tuple("11(4)", sample.conditions().get("11(4)")), tuple("11(5)", sample.conditions().get("11(5)")),
            tuple("11(7)", sample.conditions().get("11(7)")));
  }

  @Test
  @DisplayName("A second submission of the same applicant to the same edition is 409, not a duplicate; its number is told only to whoever submitted it")
  void refusesSecondSubmission() throws Exception {
    var submission = SampleApplications.organization(edition.getId(), "R-ASSOC-QA", SERIALS.getAndIncrement(),
        LocalDate.of(2012, 5, 1));
    String number = json.readTree(mvc.perform(asApplicant(post("/api/applications"))
        .content(json.writeValueAsString(submission))).andExpect(status().isCreated()).andReturn().getResponse()
        .getContentAsString()).path("applicationNumber").asText();
    long before = applications.count();

    mvc.perform(asApplicant(post("/api/applications")).content(json.writeValueAsString(submission)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("同一届不重复受理")))
        .andExpect(jsonPath("$.detail").value(containsString(number)));
    // someone else typing the same credit code learns the rule, not the other's application number
    TestUsers.ensure(identityService, "apiapplicant2", "applicant");
    mvc.perform(post("/api/applications").with(httpBasic("apiapplicant2", "secret"))
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(submission)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("同一届不重复受理")))
        .andExpect(jsonPath("$.detail").value(not(containsString(number))));
    assertThat(applications.count()).isEqualTo(before);
  }

  @Test
  @DisplayName("Art 15: after the deadline an application is 409 naming the deadline")
  void refusesAfterDeadline() throws Exception {
    EngineClock.startOf(LocalDate.of(2026, 4, 1));
    var submission = SampleApplications.organization(edition.getId(), "R-ASSOC-QA", SERIALS.getAndIncrement(),
        LocalDate.of(2012, 5, 1));
    mvc.perform(asApplicant(post("/api/applications")).content(json.writeValueAsString(submission)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("2026-03-31")));
  }

  @Test
  @DisplayName("Submitting needs a login; reading the recommenders does not")
  void security() throws Exception {
    mvc.perform(post("/api/applications").contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/recommenders"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.code=='R-JX-MSR')].countyCode").value(hasItem("130602")));
  }

  @Test
  @DisplayName("Art 8(1), 15: the office opens an edition with its plan to approve; a bad one is 400 per field (quotas above Art 6 too), a second of the same year 409")
  void editions() throws Exception {
    int year = EditionYears.next();
    String created = mvc.perform(asOffice(post("/api/editions"))
            .content("{\"year\": %d, \"name\": \"%d年度保定市政府质量奖\", \"applicationDeadline\": \"2026-03-31\"}"
                .formatted(year, year)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.stage").value("PLAN_APPROVAL"))
        .andExpect(jsonPath("$.planStatus").value("DRAFT"))
        .andExpect(jsonPath("$.plan.organizationAwards").value(7))
        .andExpect(jsonPath("$.plan.panelSize").value(3))
        .andReturn().getResponse().getContentAsString();
    mvc.perform(get("/api/editions/" + json.readTree(created).get("id").asLong()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.year").value(year))
        .andExpect(jsonPath("$.applicationDeadline").value("2026-03-31"));

    mvc.perform(asOffice(post("/api/editions"))
            .content("{\"year\": %d, \"name\": \"重复\", \"applicationDeadline\": \"2026-03-31\"}".formatted(year)))
        .andExpect(status().isConflict());
    mvc.perform(asOffice(post("/api/editions")).content("{\"year\": 1999, \"name\": \"\", \"applicationDeadline\": \"2026-01-01\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("year")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("applicationDeadline")));
    mvc.perform(asOffice(post("/api/editions")).content(("{\"year\": %d, \"name\": \"超额届\", \"applicationDeadline\":"
            + " \"2026-03-31\", \"plan\": {\"organizationAwards\": 8, \"panelSize\": 2}}").formatted(year)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field=='plan.organizationAwards')].message", hasItem(containsString("第六条"))))
        .andExpect(jsonPath("$.errors[?(@.field=='plan.panelSize')].message", hasItem(containsString("第十条"))));
    mvc.perform(get("/api/editions/987654"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value(containsString("987654")));
    mvc.perform(asApplicant(post("/api/editions")).content("{}"))
        .andExpect(status().isForbidden());
  }

  private MockHttpServletRequestBuilder asApplicant(MockHttpServletRequestBuilder request) {
    return request.with(httpBasic("apiapplicant", "secret")).contentType(MediaType.APPLICATION_JSON);
  }

  private MockHttpServletRequestBuilder asOffice(MockHttpServletRequestBuilder request) {
    return request.with(httpBasic("apioffice", "secret")).contentType(MediaType.APPLICATION_JSON);
  }

}
