package org.qualityaward.complaint;

import org.qualityaward.testing.TestUsers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.qualityaward.revocation.RevocationModel.LEADING_GROUP_MEETING;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.application.ApplicationSubmission;
import org.qualityaward.edition.Edition;
import org.qualityaward.edition.EditionService;
import org.qualityaward.edition.NewEdition;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.eligibility.Declarations;
import org.qualityaward.eligibility.EvidenceMark;
import org.qualityaward.eligibility.OrganizationProfile;
import org.qualityaward.honour.AwardLevel;
import org.qualityaward.honour.Honour;
import org.qualityaward.honour.Honours;
import org.qualityaward.revocation.RevocationFixtures;
import org.qualityaward.revocation.RevocationGround;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.SampleApplications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * POST /api/complaints, GET /api/complaints/{receipt}, GET /api/revocations/announcements, and the
 * ban a revocation leaves, seen by POST /api/applications (Art 9(6), 30, 32).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ComplaintApiTest {

  static final LocalDate AWARDED = LocalDate.of(2026, 3, 2);
  static final LocalDate FILED = LocalDate.of(2026, 9, 1);
  static final LocalDate MEETING = LocalDate.of(2026, 9, 10);

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;
  @Autowired Honours honours;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired EditionService editions;

  @BeforeEach
  void setUp() {
    EngineClock.startOf(FILED);
    TestUsers.ensure(identityService, "complaintoffice", "quality-office");
    TestUsers.ensure(identityService, "complaintapplicant", "applicant");
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  private Honour award() {
    EngineClock.startOf(AWARDED);
    Honour honour = RevocationFixtures.organisation(honours, AwardLevel.AWARD, AWARDED);
    EngineClock.startOf(FILED);
    return honour;
  }

  private Map<String, Object> body(Long honourId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("complainantName", "赵六");
    body.put("contact", "0312-5123456");
    body.put("honourId", honourId);
    body.put("grounds", "该企业主导产品在省级监督抽查中不合格，有抽查通报为证。");
    return body;
  }

  private MockHttpServletRequestBuilder anonymous(MockHttpServletRequestBuilder request) {
    return request.contentType(MediaType.APPLICATION_JSON);
  }

  private MockHttpServletRequestBuilder asOffice(MockHttpServletRequestBuilder request) {
    return request.with(httpBasic("complaintoffice", "secret")).contentType(MediaType.APPLICATION_JSON);
  }

  private String file(Map<String, Object> body) throws Exception {
    String created = mvc.perform(anonymous(post("/api/complaints")).content(json.writeValueAsString(body)))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", matchesPattern(".*/api/complaints/TS-2026-\\d{6}-[A-Z2-9]{6}")))
        .andReturn().getResponse().getContentAsString();
    return json.readTree(created).get("receiptNumber").asText();
  }

  @Test
  @DisplayName("Art 9(6): anyone files a complaint under real name and follows it by receipt, without seeing names or contacts; the office reads them")
  void filesAndFollows() throws Exception {
    Honour honour = award();
    String receipt = file(body(honour.getId()));
    assertThat(jdbc.queryForMap("select complainant_name, contact from complaint where receipt_number = ?", receipt))
        .as("the complainant's identity encrypted at rest").allSatisfy((column, value) ->
            assertThat((String) value).startsWith("v1:").doesNotContain("赵六", "0312-5123456"));

    String status = mvc.perform(get("/api/complaints/" + receipt))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.receiptNumber").value(receipt))
        .andExpect(jsonPath("$.holderName").value(honour.getHolderName()))
        .andExpect(jsonPath("$.source").value("PUBLIC"))
        .andExpect(jsonPath("$.state").value("VERIFYING"))
        .andExpect(jsonPath("$.answer").isEmpty())
        .andReturn().getResponse().getContentAsString();
    assertThat(status).doesNotContain("赵六", "0312-5123456");
    mvc.perform(get("/api/complaints/" + receipt + "/complainant").with(httpBasic("complaintoffice", "secret")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.complainantName").value("赵六"))
        .andExpect(jsonPath("$.contact").value("0312-5123456"))
        .andExpect(jsonPath("$.sourceLabel").value("投诉举报"));
    mvc.perform(get("/api/complaints/" + receipt + "/complainant")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/complaints/" + receipt + "/complainant").with(httpBasic("complaintapplicant", "secret")))
        .andExpect(status().isForbidden());

    var task = taskService.createTaskQuery().processInstanceBusinessKey(receipt).singleResult();
    taskService.complete(task.getId(), Map.of("founded", false, "findings", "抽查通报所列产品并非该企业生产"));
    mvc.perform(get("/api/complaints/" + receipt))
        .andExpect(jsonPath("$.state").value("CONCLUDED"))
        .andExpect(jsonPath("$.outcome").value("UNFOUNDED"))
        .andExpect(jsonPath("$.answer").value(containsString("并非该企业生产")));
  }

  @Test
  @DisplayName("Bad input is 400 listing every field; an unknown honour is a field error; an unknown receipt 404")
  void refusals() throws Exception {
    Map<String, Object> bad = new LinkedHashMap<>();
    bad.put("complainantName", "");
    bad.put("contact", "12345");
    bad.put("grounds", "太短");
    mvc.perform(anonymous(post("/api/complaints")).content(json.writeValueAsString(bad)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("complainantName")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("contact")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("grounds")));
    // a complaint about a holder (the default subject) names the honour
    mvc.perform(anonymous(post("/api/complaints")).content(json.writeValueAsString(body(null))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("honourId"));
    mvc.perform(anonymous(post("/api/complaints")).content(json.writeValueAsString(body(987654321L))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("honourId"));
    mvc.perform(get("/api/complaints/TS-2026-999999"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value(containsString("TS-2026-999999")));
  }

  @Test
  @DisplayName("Art 9(6), 26: spot checks, accident reports and misuse are entered by the office only")
  void officeSources() throws Exception {
    Honour honour = award();
    Map<String, Object> spotCheck = body(honour.getId());
    spotCheck.put("source", "SPOT_CHECK");
    mvc.perform(anonymous(post("/api/complaints")).content(json.writeValueAsString(spotCheck)))
        .andExpect(status().isForbidden());
    mvc.perform(anonymous(post("/api/complaints")).with(httpBasic("complaintapplicant", "secret"))
            .content(json.writeValueAsString(spotCheck)))
        .andExpect(status().isForbidden());
    String created = mvc.perform(asOffice(post("/api/complaints")).content(json.writeValueAsString(spotCheck)))
        .andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString();
    mvc.perform(get("/api/complaints/" + json.readTree(created).get("receiptNumber").asText()))
        .andExpect(jsonPath("$.source").value("SPOT_CHECK"))
        .andExpect(jsonPath("$.sourceLabel").value("抽查不合格"));
  }

  @Test
  @DisplayName("Art 30, 32: after a revocation it is announced publicly, and the holder's application is INELIGIBLE by BAN: applied within 5 years, or judged at a deadline within them")
  void revocationAnnouncedAndBanEnforced() throws Exception {
    Honour honour = award();
    String receipt = file(body(honour.getId()));
    var verify = taskService.createTaskQuery().processInstanceBusinessKey(receipt).singleResult();
    taskService.complete(verify.getId(), Map.of("founded", true, "findings", "抽查通报属实",
        "ground", "SPOT_CHECK_FAILURE", "factDate", "2026-08-20"));
    EngineClock.startOf(MEETING);
    var meeting = taskService.createTaskQuery().taskDefinitionKey(LEADING_GROUP_MEETING)
        .processInstanceBusinessKey(receipt).singleResult();
    taskService.complete(meeting.getId(),
        RevocationFixtures.meeting(MEETING, true, RevocationGround.SPOT_CHECK_FAILURE, LocalDate.of(2026, 8, 20)));

    String announcements = mvc.perform(get("/api/revocations/announcements"))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    JsonNode mine = null;
    for (JsonNode a : json.readTree(announcements)) {
      if (a.get("holderName").asText().equals(honour.getHolderName())) {
        mine = a;
      }
    }
    assertThat(mine).isNotNull();
    assertThat(mine.get("level").asText()).isEqualTo("市政府质量奖");
    assertThat(mine.get("awardedOn").asText()).isEqualTo("2026-03-02");
    assertThat(mine.get("revokedOn").asText()).isEqualTo("2026-09-10");
    assertThat(mine.get("article").asText()).isEqualTo("Art 30(2)");
    assertThat(mine.get("bannedUntil").asText()).isEqualTo("2031-09-10");

    long revocationId = mine.get("revocationId").asLong();
    mvc.perform(get("/api/revocations/" + revocationId)).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/revocations/" + revocationId).with(httpBasic("complaintapplicant", "secret")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/revocations/" + revocationId).with(httpBasic("complaintoffice", "secret")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("RECALLING"))
        .andExpect(jsonPath("$.chair").value("张组长"))
        .andExpect(jsonPath("$.bannedUntil").value("2031-09-10"))
        .andExpect(jsonPath("$.recall[*].label", org.hamcrest.Matchers.containsInAnyOrder("水晶鼎（杯）", "奖牌", "证书", "奖金")))
        .andExpect(jsonPath("$.recall[0].returnedOn").isEmpty());
    mvc.perform(get("/api/revocations/987654").with(httpBasic("complaintoffice", "secret")))
        .andExpect(status().isNotFound());

    JsonNode banned = apply(honour, LocalDate.of(2031, 9, 9));
    assertThat(banned.get("outcome").asText()).isEqualTo("INELIGIBLE");
    assertThat(finding(banned, "BAN").get("passed").asBoolean()).isFalse();
    assertThat(finding(banned, "BAN").get("message").asText()).contains("2031-09-10 起方可再次申报");

    // 在5年内不得申报: applying now is applying within the ban, even to an edition whose deadline falls after it
    // (the day the ban ends is allowed: BanRuleTest, HonourAndBanRecordsTest; the calendar stops at 2027)
    JsonNode early = apply(honour, LocalDate.of(2031, 9, 10));
    assertThat(early.get("outcome").asText()).isEqualTo("INELIGIBLE");
    assertThat(finding(early, "BAN").get("message").asText())
        .endsWith("；申报日 " + MEETING + " 在禁止申报期内");
  }

  /** The revoked holder applies to an edition with this deadline (the clock stays in 2026). */
  private JsonNode apply(Honour honour, LocalDate deadline) throws Exception {
    Edition edition = EditionDriver.openWithApprovedPlan(editions, taskService, new NewEdition(EditionYears.next(), "撤销后申报测试届", deadline));
    var submission = new ApplicationSubmission(edition.getId(), ApplicationKind.ORGANIZATION, "R-JX-MSR",
        new OrganizationProfile(honour.getHolderName(), honour.getHolderCreditCode(), LocalDate.of(2010, 5, 1), "保定市市场监督管理局",
            "河北省保定市莲池区东风东路 9 号", null, "C34", true, "张三"),
        null, new Declarations(true, List.of(), List.of()), "推行卓越绩效模式十年。",
        List.of(new EvidenceMark("首席质量官任命文件.pdf", false)), SampleApplications.statements(ApplicationKind.ORGANIZATION));
    String created = mvc.perform(post("/api/applications").with(httpBasic("complaintapplicant", "secret"))
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(submission)))
        .andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString();
    return json.readTree(created);
  }

  private static JsonNode finding(JsonNode application, String rule) {
    for (JsonNode f : application.get("eligibility")) {
      if (f.get("rule").asText().equals(rule)) {
        return f;
      }
    }
    throw new AssertionError("no finding " + rule + " in " + application);
  }

}
