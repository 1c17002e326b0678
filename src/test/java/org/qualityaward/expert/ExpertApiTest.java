package org.qualityaward.expert;

import org.qualityaward.testing.TestUsers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.testing.SampleApplications;
import org.qualityaward.kernel.ConflictException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.qualityaward.review.ReviewStage;

/** /api/experts and /api/draws, and the draw service against the real pool and database. */
@SpringBootTest
@AutoConfigureMockMvc
class ExpertApiTest {

  private static final AtomicInteger SERIALS = new AtomicInteger(500);

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired IdentityService identityService;
  @Autowired ExpertPool pool;
  @Autowired PanelDraws draws;
  @Autowired ExpertRatings ratings;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void users() {
    TestUsers.ensure(identityService, "xoffice", "quality-office");
    TestUsers.ensure(identityService, "xleader", "leading-group");
    TestUsers.ensure(identityService, "xapplicant", "applicant");
  }

  @Test
  @DisplayName("Art 10: the office adds a qualified expert (201); office and leading group read the pool, others may not")
  void addsAndReads() throws Exception {
    String userId = expertUser();
    String created = mvc.perform(as("xoffice", post("/api/experts")).content(body(userId, "C34", "BACHELOR", 5)))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", containsString("/api/experts/")))
        .andExpect(jsonPath("$.userId").value(userId))
        .andExpect(jsonPath("$.degreeLabel").value("大学本科"))
        .andExpect(jsonPath("$.industries[0]").value("C34"))
        .andExpect(jsonPath("$.active").value(true))
        .andExpect(jsonPath("$.version").value(0))
        .andReturn().getResponse().getContentAsString();
    long id = json.readTree(created).get("id").asLong();

    mvc.perform(as("xleader", get("/api/experts/" + id))).andExpect(status().isOk())
        .andExpect(jsonPath("$.recommenderCode").value("R-ASSOC-QA"));
    mvc.perform(as("xoffice", get("/api/experts"))).andExpect(status().isOk())
        .andExpect(jsonPath("$[*].userId", hasItem(userId)));
    mvc.perform(as("xapplicant", get("/api/experts"))).andExpect(status().isForbidden());
    mvc.perform(as("xleader", post("/api/experts")).content(body(expertUser(), "C34", "BACHELOR", 5)))
        .andExpect(status().isForbidden());
    mvc.perform(as("xoffice", get("/api/experts/987654"))).andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value(containsString("987654")));
  }

  @Test
  @DisplayName("Art 10: every failed condition is a field problem naming its article; a user outside group expert is refused")
  void refusesUnqualified() throws Exception {
    String notAnExpert = "xnotexpert" + SERIALS.getAndIncrement();
    TestUsers.ensure(identityService, notAnExpert, "applicant");
    String body = """
        { "userId": "%s", "name": "王五", "employerName": "某单位", "employerCreditCode": "91130602MA0E12342C",
          "industries": ["C34"], "degree": "OTHER", "qualityYears": 4, "trainingQualification": "",
          "lawsFamiliarityDeclared": false, "conductDeclared": false, "recommenderCode": "R-NOWHERE" }
        """.formatted(notAnExpert);

    mvc.perform(as("xoffice", post("/api/experts")).content(body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors", hasSize(8)))
        .andExpect(jsonPath("$.errors[?(@.field=='degree')].message").value(hasItem(containsString("第十条第（二）项"))))
        .andExpect(jsonPath("$.errors[?(@.field=='qualityYears')].message").value(hasItem(containsString("第十条第（三）项"))))
        .andExpect(jsonPath("$.errors[?(@.field=='lawsFamiliarityDeclared')].message").value(hasItem(containsString("第十条第（一）项"))))
        .andExpect(jsonPath("$.errors[?(@.field=='conductDeclared')].message").value(hasItem(containsString("第十条第（四）项"))))
        .andExpect(jsonPath("$.errors[?(@.field=='trainingQualification')].message").value(hasItem(containsString("专业培训"))))
        .andExpect(jsonPath("$.errors[?(@.field=='employerCreditCode')].message").value(hasItem(containsString("第18位"))))
        .andExpect(jsonPath("$.errors[?(@.field=='userId')].message").value(hasItem(containsString("expert"))))
        .andExpect(jsonPath("$.errors[?(@.field=='recommenderCode')].message").value(hasItem(containsString("R-NOWHERE"))));
  }

  @Test
  @DisplayName("One expert record per user: adding the same user again is 409")
  void refusesDuplicate() throws Exception {
    String userId = expertUser();
    mvc.perform(as("xoffice", post("/api/experts")).content(body(userId, "C26", "MASTER", 9)))
        .andExpect(status().isCreated());
    mvc.perform(as("xoffice", post("/api/experts")).content(body(userId, "C26", "MASTER", 9)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString(userId)));
  }

  @Test
  @DisplayName("PUT /active with the version read: 200 and a new version; a stale version is 409; no version is 400")
  void activeWithOptimisticLocking() throws Exception {
    long id = addExpert("C30", SampleApplications.creditCode("130606", SERIALS.getAndIncrement()), null).getId();

    mvc.perform(as("xoffice", put("/api/experts/" + id + "/active")).content("{\"active\": false, \"version\": 0}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.active").value(false))
        .andExpect(jsonPath("$.version").value(1));
    mvc.perform(as("xoffice", put("/api/experts/" + id + "/active")).content("{\"active\": true, \"version\": 0}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("当前版本 1")));
    mvc.perform(as("xoffice", put("/api/experts/" + id + "/active")).content("{\"active\": true}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("version"));
    mvc.perform(as("xleader", put("/api/experts/" + id + "/active")).content("{\"active\": true, \"version\": 1}"))
        .andExpect(status().isForbidden());
    assertThat(pool.get(id).isActive()).isFalse();
  }

  @Test
  @DisplayName("Art 18: GET /api/draws/{id} shows seed, candidates, exclusions with reasons, members and leader, reproduced")
  void drawRecord() throws Exception {
    String applicant = SampleApplications.creditCode("130602", SERIALS.getAndIncrement());
    Expert employed = addExpert("C34", applicant, null);
    addExpert("C34", SampleApplications.creditCode("130606", SERIALS.getAndIncrement()), null);
    addExpert("C26", SampleApplications.creditCode("130606", SERIALS.getAndIncrement()), null);
    addExpert("I65", SampleApplications.creditCode("130606", SERIALS.getAndIncrement()), null);

    PanelDraw draw = draws.draw(new DrawRequest(41L, ReviewStage.DOCUMENT_REVIEW, "C34", applicant, null, "R-JX-MSR", null), 3);

    String shown = mvc.perform(as("xoffice", get("/api/draws/" + draw.getId())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.stageLabel").value("资料评审"))
        .andExpect(jsonPath("$.seed").value(Long.toString(draw.getSeed())))
        .andExpect(jsonPath("$.members", hasSize(3)))
        .andExpect(jsonPath("$.members[0].leader").value(true))
        .andExpect(jsonPath("$.exclusions[?(@.expertId==%d)].reasonLabel".formatted(employed.getId()))
            .value(hasItem("受聘于申报单位")))
        .andExpect(jsonPath("$.reproduced").value(true))
        .andReturn().getResponse().getContentAsString();
    JsonNode view = json.readTree(shown);
    assertThat(view.get("candidates").size()).isEqualTo(pool.all().size());
    assertThat(view.get("leaderId").asLong()).isEqualTo(view.get("members").get(0).get("expertId").asLong());
    assertThat(draws.leaderUserId(draw.getId())).isEqualTo(view.get("members").get(0).get("userId").asText());

    // a record altered after the fact no longer reproduces
    // (another seed may draw the same panel from a small pool: an excluded expert as leader never is)
    jdbc.update("update panel_draw set leader_id = ? where id = ?", employed.getId(), draw.getId());
    mvc.perform(as("xoffice", get("/api/draws/" + draw.getId()))).andExpect(jsonPath("$.reproduced").value(false));
    mvc.perform(as("xleader", get("/api/draws/" + draw.getId()))).andExpect(status().isForbidden());
    mvc.perform(as("xoffice", get("/api/draws/987654"))).andExpect(status().isNotFound());
  }

  @Test
  @DisplayName("Art 10: a declared conflict is a redraw recorded against the draw it replaces; it reproduces too")
  void redraw() {
    for (String industry : List.of("C36", "C36", "F51", "E47")) {
      addExpert(industry, SampleApplications.creditCode("130606", SERIALS.getAndIncrement()), null);
    }
    PanelDraw first = draws.draw(new DrawRequest(42L, ReviewStage.ONSITE_REVIEW, "C36",
        SampleApplications.creditCode("130602", SERIALS.getAndIncrement()), null, "R-CITY-IIT", Set.of()), 3);
    Long leaving = first.getMemberIds().get(1);

    PanelDraw second = draws.redraw(first.getId(), leaving, "近三年曾为申报单位提供咨询");

    assertThat(second.getReplacedDrawId()).isEqualTo(first.getId());
    assertThat(second.getReplacedExpertId()).isEqualTo(leaving);
    assertThat(second.getReplacementReason()).isEqualTo("近三年曾为申报单位提供咨询");
    assertThat(second.getMemberIds()).hasSize(3).doesNotContain(leaving)
        .contains(first.getMemberIds().get(0), first.getMemberIds().get(2));
    assertThat(second.getLeaderId()).isEqualTo(first.getLeaderId());
    assertThat(second.getExclusions()).contains(new DrawExclusion(leaving, ExclusionReason.DECLARED_CONFLICT));
    assertThat(draws.reproduces(second)).isTrue();
    assertThat(draws.memberUserIds(second.getId()))
        .containsExactlyElementsOf(second.getMemberIds().stream().map(id -> pool.get(id).getUserId()).toList());

    assertThatThrownBy(() -> draws.redraw(first.getId(), first.getMemberIds().get(0), "再次回避"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("已被重新抽取替代");
    assertThatThrownBy(() -> draws.redraw(second.getId(), leaving, "不在组内"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("不是");
  }

  @Test
  @DisplayName("Art 10: no expert of the case's industry in the pool — no draw is recorded and the failure names the industry")
  void cannotBeFormed() {
    addExpert("C34", SampleApplications.creditCode("130606", SERIALS.getAndIncrement()), null);
    long before = jdbc.queryForObject("select count(*) from panel_draw", Long.class);

    assertThatThrownBy(() -> draws.draw(new DrawRequest(43L, ReviewStage.DOCUMENT_REVIEW, "A01",
        SampleApplications.creditCode("130602", SERIALS.getAndIncrement()), null, "R-JX-MSR", null), 3))
        .isInstanceOf(PanelCannotBeFormedException.class)
        .hasMessageContaining("无 A01 行业专家");
    assertThat(jdbc.queryForObject("select count(*) from panel_draw", Long.class)).isEqualTo(before);
  }

  @Test
  @DisplayName("Art 9(4): GET /ratings shows the office's ratings with their facts and the standing; only the office reinstates, with a reason, recorded")
  void ratingsAndReinstatement() throws Exception {
    Expert rated = addExpert("C33", SampleApplications.creditCode("130606", SERIALS.getAndIncrement()), null);
    addOthers(2);
    PanelDraw panel = draws.draw(new DrawRequest(44L, ReviewStage.DOCUMENT_REVIEW, "C33",
        SampleApplications.creditCode("130602", SERIALS.getAndIncrement()), null, null, null), 3);
    List<String> members = draws.memberUserIds(panel);
    List<MemberFacts> facts = members.stream().map(m -> new MemberFacts(m, null, LocalDateTime.of(2026, 3, 5, 9, 30),
        new BigDecimal("21.40"), false, false, m.equals(rated.getUserId()) ? "扣分依据不足" : null)).toList();
    int no = members.indexOf(rated.getUserId()) + 1;
    ratings.rate(panel.getId(), facts, String.join("\n", java.util.stream.IntStream.rangeClosed(1, 3)
        .mapToObj(i -> i == no ? i + " 不合格 偏差过大且未说明依据" : i + " 合格").toList()), "xoffice");
    String path = "/api/experts/" + rated.getId();

    mvc.perform(as("xleader", get(path + "/ratings"))).andExpect(status().isOk())
        .andExpect(jsonPath("$.excludedFromDraws").value(true))
        .andExpect(jsonPath("$.latestLevelLabel").value("不合格"))
        .andExpect(jsonPath("$.excludeBelowLabel").value("基本合格"))
        .andExpect(jsonPath("$.ratings", hasSize(1)))
        .andExpect(jsonPath("$.ratings[0].drawId").value(panel.getId()))
        .andExpect(jsonPath("$.ratings[0].ratedBy").value("xoffice"))
        .andExpect(jsonPath("$.ratings[0].facts.deviationPercent").value(21.4))
        .andExpect(jsonPath("$.ratings[0].facts.scoredOnTime").value(true))
        .andExpect(jsonPath("$.ratings[0].facts.leaderRemark").value("扣分依据不足"))
        .andExpect(jsonPath("$.ratings[0].reinstatement").doesNotExist());
    mvc.perform(as("xoffice", get(path))).andExpect(jsonPath("$.excludedFromDraws").value(true))
        .andExpect(jsonPath("$.meetsArticle10").value(true));
    mvc.perform(as("xleader", post(path + "/reinstatement")).content("{\"reason\": \"核实\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(as("xoffice", post(path + "/reinstatement")).content("{}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
    mvc.perform(as("xoffice", post(path + "/reinstatement")).content("{\"reason\": \"经复核，偏差系评分表理解分歧\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.excludedFromDraws").value(false))
        .andExpect(jsonPath("$.ratings[0].reinstatement.reinstatedBy").value("xoffice"))
        .andExpect(jsonPath("$.ratings[0].reinstatement.reason").value("经复核，偏差系评分表理解分歧"));
    mvc.perform(as("xoffice", post(path + "/reinstatement")).content("{\"reason\": \"再次\"}"))
        .andExpect(status().isConflict());
  }

  @Test
  @DisplayName("Art 10: a record that no longer meets the conditions (changed or imported: 3 years) is left out of the draw, logged")
  void conditionsCheckedAtDrawTime() throws Exception {
    Expert changed = addExpert("C36", SampleApplications.creditCode("130606", SERIALS.getAndIncrement()), null);
    jdbc.update("update expert set quality_years = 3 where id = ?", changed.getId());
    addOthers(3);

    PanelDraw draw = draws.draw(new DrawRequest(45L, ReviewStage.DOCUMENT_REVIEW, null,
        SampleApplications.creditCode("130602", SERIALS.getAndIncrement()), null, null, null), 3);

    assertThat(draw.getExclusions()).contains(new DrawExclusion(changed.getId(), ExclusionReason.CONDITIONS_NOT_MET));
    assertThat(draw.getMemberIds()).doesNotContain(changed.getId());
    mvc.perform(as("xoffice", get("/api/draws/" + draw.getId())))
        .andExpect(jsonPath("$.exclusions[?(@.expertId==%d)].reasonLabel".formatted(changed.getId()))
            .value(hasItem("不符合第十条评审员条件")));
    mvc.perform(as("xoffice", get("/api/experts/" + changed.getId())))
        .andExpect(jsonPath("$.meetsArticle10").value(false)).andExpect(jsonPath("$.excludedFromDraws").value(false));
  }

  @Test
  @DisplayName("Art 29: an expert of the applicant's group and one who declared a conflict with the applicant on the record are left out of a real draw, stored and reproduced")
  void groupAndDeclaredConflictsAtDrawTime() throws Exception {
    String applicant = SampleApplications.creditCode("130602", SERIALS.getAndIncrement());
    String group = SampleApplications.creditCode("130600", SERIALS.getAndIncrement());
    String userId = expertUser();
    String added = mvc.perform(as("xoffice", post("/api/experts")).content("""
            { "userId": "%s", "name": "集团专家", "employerName": "集团内另一家公司", "employerCreditCode": "%s",
              "employerGroupCreditCode": "%s", "industries": ["C34"], "degree": "DOCTOR", "qualityYears": 12,
              "trainingQualification": "卓越绩效评价师培训，取得评价师资格",
              "lawsFamiliarityDeclared": true, "conductDeclared": true }
            """.formatted(userId, SampleApplications.creditCode("130606", SERIALS.getAndIncrement()), group)))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.employerGroupCreditCode").value(group))
        .andReturn().getResponse().getContentAsString();
    Long ofGroup = json.readTree(added).get("id").asLong();
    Expert declared = pool.add(new NewExpert(expertUser(), "声明回避的专家", "某单位",
        SampleApplications.creditCode("130606", SERIALS.getAndIncrement()), null, List.of("C34"), Degree.DOCTOR, 12,
        "卓越绩效评价师培训，取得评价师资格", true, true, null, List.of(applicant)));
    addOthers(3);

    PanelDraw draw = draws.draw(new DrawRequest(46L, ReviewStage.DOCUMENT_REVIEW, "C34", applicant, group, null,
        null), 3);

    assertThat(draw.getExclusions()).contains(new DrawExclusion(ofGroup, ExclusionReason.EMPLOYED_BY_APPLICANT_GROUP),
        new DrawExclusion(declared.getId(), ExclusionReason.DECLARED_CONFLICT));
    assertThat(draw.getMemberIds()).doesNotContain(ofGroup, declared.getId());
    mvc.perform(as("xoffice", get("/api/draws/" + draw.getId())))
        .andExpect(jsonPath("$.reproduced").value(true))
        .andExpect(jsonPath("$.exclusions[?(@.expertId==%d)].reasonLabel".formatted(declared.getId()))
            .value(hasItem("本人声明回避")));
  }

  @Test
  @DisplayName("without a login a browser opening an /api link goes to Tasklist's login page, never the Basic dialog it would remember; a script gets 401 Basic")
  void browserWithoutLoginGoesToTheLoginPage() throws Exception {
    mvc.perform(get("/api/experts").header("Sec-Fetch-Mode", "navigate"))
        .andExpect(status().isFound()).andExpect(redirectedUrl("/camunda/app/tasklist/"))
        .andExpect(header().doesNotExist("WWW-Authenticate"));
    mvc.perform(get("/api/experts")).andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")));
  }

  private Expert addExpert(String industry, String employerCreditCode, String recommenderCode) {
    return pool.add(new NewExpert(expertUser(), "专家", "某单位", employerCreditCode, null, List.of(industry), Degree.DOCTOR,
        12, "卓越绩效评价师培训，取得评价师资格", true, true, recommenderCode, List.of()));
  }

  /** Enough qualified experts besides the one a test is about for a panel of 3. */
  private void addOthers(int count) {
    for (int i = 0; i < count; i++) {
      addExpert("C34", SampleApplications.creditCode("130606", SERIALS.getAndIncrement()), null);
    }
  }

  private String body(String userId, String industry, String degree, int years) {
    return """
        { "userId": "%s", "name": "陈静", "employerName": "保定某检测中心", "employerCreditCode": "%s",
          "industries": ["%s"], "degree": "%s", "qualityYears": %d,
          "trainingQualification": "中国质量协会卓越绩效评价师培训，取得评价师资格",
          "lawsFamiliarityDeclared": true, "conductDeclared": true, "recommenderCode": "R-ASSOC-QA" }
        """.formatted(userId, SampleApplications.creditCode("130606", SERIALS.getAndIncrement()), industry, degree,
        years);
  }

  private String expertUser() {
    String id = "xexpert" + SERIALS.getAndIncrement();
    TestUsers.ensure(identityService, id, "expert");
    return id;
  }

  private MockHttpServletRequestBuilder as(String userId, MockHttpServletRequestBuilder request) {
    return request.with(httpBasic(userId, "secret")).contentType(MediaType.APPLICATION_JSON);
  }

}
