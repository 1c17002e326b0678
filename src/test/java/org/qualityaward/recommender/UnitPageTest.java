package org.qualityaward.recommender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.testing.TestUsers;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationSubmissions;
import org.qualityaward.edition.EditionService;
import org.qualityaward.edition.NewEdition;
import org.camunda.bpm.engine.TaskService;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.SampleApplications;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 17, /manager/units: the office keeps the recommending units of Art 16 and who acts for them, in step
 * with Camunda's groups ({@code recommender-<code>}, {@code county-<code>}) and the role groups. Same context
 * as timeline.EditionTimelinePageTest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class UnitPageTest {

  @Autowired MockMvc mvc;
  @Autowired IdentityService identityService;
  @Autowired Recommenders recommenders;
  @Autowired RecommenderUnits units;
  @Autowired TransactionTemplate transactions;
  @Autowired ApplicationSubmissions submissions;
  @Autowired EditionService editions;
  @Autowired TaskService taskService;

  @BeforeEach
  void setUp() {
    TestUsers.ensure(identityService, "upoffice", "quality-office");
    TestUsers.ensure(identityService, "upleader", "leading-group");
    TestUsers.ensure(identityService, "upapplicant", "applicant");
    if (identityService.createUserQuery().userId("upclerk").count() == 0) {
      User clerk = identityService.newUser("upclerk");
      clerk.setFirstName("经办");
      clerk.setLastName("单");
      clerk.setPassword(TestUsers.PASSWORD);
      TestUsers.save(identityService, clerk);
    }
  }

  @Test
  @DisplayName("Art 16: a county regulator added on the page gets its group and its county body's at once; a refused form keeps the input")
  void addUnit() throws Exception {
    String refused = mvc.perform(asOffice(post("/manager/units")).param("code", "r-bad code").param("name", "某县市场监督管理局")
            .param("type", "COUNTY_REGULATOR").param("countyCode", "1306"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(refused).contains("未保存", "单位代码为大写字母", "第十六条：县（市、区）市场监管部门须填写所在县级行政区划代码",
        "第十六条：须填写所在县（市、区）名称", "value=\"r-bad code\"", "value=\"某县市场监督管理局\"", "value=\"1306\"");

    mvc.perform(asOffice(post("/manager/units")).param("code", "R-UP-MSR").param("name", "望都县市场监督管理局")
            .param("type", "COUNTY_REGULATOR").param("countyCode", "130631").param("countyName", "望都县"))
        .andExpect(status().isFound()).andExpect(redirectedUrl("/manager/units/R-UP-MSR?saved"));
    assertThat(recommenders.find("R-UP-MSR")).get().extracting(Recommender::getCountyCode).isEqualTo("130631");
    assertThat(identityService.createGroupQuery().groupId("recommender-R-UP-MSR").singleResult().getName())
        .isEqualTo("望都县市场监督管理局");
    assertThat(identityService.createGroupQuery().groupId("county-130631").singleResult().getName())
        .isEqualTo("望都县质量强县议事协调机构");
    assertThat(page("/manager/units", "upoffice")).contains("R-UP-MSR", "望都县质量强县议事协调机构", "county-130631");

    mvc.perform(asOffice(post("/manager/units")).param("code", "R-UP-MSR").param("name", "重复").param("type", "CITY_DEPARTMENT"))
        .andExpect(status().isOk());
    assertThat(recommenders.find("R-UP-MSR")).get().extracting(Recommender::getName).isEqualTo("望都县市场监督管理局");
  }

  @Test
  @DisplayName("Art 16: a unit with a case still at its steps keeps its type and county (they routed the case); its name may change")
  void typeAndCountyStayWhileCasesAreAtTheUnit() throws Exception {
    if (recommenders.find("R-UP-BUSY").isEmpty()) {
      mvc.perform(asOffice(post("/manager/units")).param("code", "R-UP-BUSY").param("name", "顺平县市场监督管理局")
          .param("type", "COUNTY_REGULATOR").param("countyCode", "130636").param("countyName", "顺平县"))
          .andExpect(status().isFound());
    }
    EngineClock.startOf(LocalDate.of(2026, 3, 2));
    try {
      int year = EditionYears.next();
      Long editionId = EditionDriver.openWithApprovedPlan(editions, taskService,
          new NewEdition(year, year + "年度单位修改测试届", LocalDate.of(2026, 3, 31))).getId();
      Application waiting = submissions.submit(SampleApplications.organization(editionId, "R-UP-BUSY", 8801,
          LocalDate.of(2010, 1, 1)), "upapplicant");
      long version = recommenders.find("R-UP-BUSY").orElseThrow().getVersion();

      String refused = mvc.perform(asOffice(post("/manager/units/R-UP-BUSY")).param("name", "顺平县市场监督管理局")
              .param("type", "CITY_DEPARTMENT").param("version", String.valueOf(version)))
          .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
      assertThat(refused).contains("未保存", "仍有申报在推荐环节（" + waiting.getApplicationNumber() + "）", "第十六条");
      assertThat(recommenders.find("R-UP-BUSY")).get().extracting(Recommender::getType)
          .isEqualTo(RecommenderType.COUNTY_REGULATOR);
      mvc.perform(asOffice(post("/manager/units/R-UP-BUSY")).param("name", "顺平县市场监管局").param("type", "COUNTY_REGULATOR")
              .param("countyCode", "130636").param("countyName", "顺平县").param("version", String.valueOf(version)))
          .andExpect(status().isFound());
    } finally {
      EngineClock.reset();
    }
  }

  @Test
  @DisplayName("a correction renames the unit's group; one based on an older version is 409, changes nothing and shows what was typed, unsaved")
  void reviseUnit() throws Exception {
    Recommender unit = recommenders.find("R-UP-EDIT").orElse(null);
    if (unit == null) {
      mvc.perform(asOffice(post("/manager/units")).param("code", "R-UP-EDIT").param("name", "保定市某局")
          .param("type", "CITY_DEPARTMENT")).andExpect(status().isFound());
      unit = recommenders.find("R-UP-EDIT").orElseThrow();
    }
    long version = unit.getVersion();
    mvc.perform(asOffice(post("/manager/units/R-UP-EDIT")).param("name", "保定市某某局").param("type", "CITY_DEPARTMENT")
            .param("version", String.valueOf(version)))
        .andExpect(status().isFound());
    assertThat(identityService.createGroupQuery().groupId("recommender-R-UP-EDIT").singleResult().getName())
        .isEqualTo("保定市某某局");
    String conflict = mvc.perform(asOffice(post("/manager/units/R-UP-EDIT")).param("name", "过时的名称")
            .param("type", "CITY_DEPARTMENT").param("version", String.valueOf(version)))
        .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
    assertThat(conflict).contains("已被他人修改", "尚未保存");
    assertThat(recommenders.find("R-UP-EDIT")).get().extracting(Recommender::getName).isEqualTo("保定市某某局");
    // what was typed comes back at the record's version now: saving again overwrites knowingly
    Document typed = Jsoup.parse(conflict);
    assertThat(typed.select("input[name=name]").val()).isEqualTo("过时的名称");
    long current = recommenders.find("R-UP-EDIT").orElseThrow().getVersion();
    assertThat(typed.select("input[name=version]").val()).isEqualTo(String.valueOf(current));
  }

  @Test
  @DisplayName("a person joins a unit's group and the role's; leaves both; an office or applicant account may not act for a unit")
  void membersInStepWithCamunda() throws Exception {
    mvc.perform(asOffice(post("/manager/units/groups/recommender-R-ASSOC-QA/members")).param("userId", "upclerk"))
        .andExpect(status().isFound());
    assertThat(groupsOf("upclerk")).contains("recommender-R-ASSOC-QA", "recommender");
    assertThat(page("/manager/units", "upoffice")).contains("单经办（upclerk）");

    String refused = mvc.perform(asOffice(post("/manager/units/groups/recommender-R-ASSOC-QA/members")).param("userId", "upoffice"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(refused).contains("用户“upoffice”属于 quality-office，不能同时代表推荐单位", "value=\"upoffice\"");
    assertThat(groupsOf("upoffice")).doesNotContain("recommender-R-ASSOC-QA", "recommender");
    // nor an applicant's: the unit reviews what applicants submit (Art 16)
    TestUsers.ensure(identityService, "upapplicant", "applicant");
    assertThat(mvc.perform(asOffice(post("/manager/units/groups/recommender-R-ASSOC-QA/members")).param("userId", "upapplicant"))
        .andReturn().getResponse().getContentAsString()).contains("用户“upapplicant”属于 applicant，不能同时代表推荐单位");
    assertThat(groupsOf("upapplicant")).doesNotContain("recommender-R-ASSOC-QA");
    assertThat(mvc.perform(asOffice(post("/manager/units/groups/recommender-R-ASSOC-QA/members")).param("userId", "nobody17"))
        .andReturn().getResponse().getContentAsString()).contains("用户“nobody17”不存在");

    mvc.perform(asOffice(post("/manager/units/groups/recommender-R-ASSOC-QA/members/upclerk/removal")))
        .andExpect(status().isFound());
    assertThat(groupsOf("upclerk")).doesNotContain("recommender-R-ASSOC-QA", "recommender");

    // only the units' and county bodies' groups are kept here
    mvc.perform(asOffice(post("/manager/units/groups/quality-office/members")).param("userId", "upclerk"))
        .andExpect(status().isNotFound())
        // the managers' page, not the APIs' JSON (ApiExceptionHandler covers recommender's API)
        .andExpect(content().string(containsString("未找到（404）")));
    assertThat(groupsOf("upclerk")).isEmpty();
  }

  @Test
  @DisplayName("two adds at once: the one that meets the other's membership is checked again after it, so the user ends in both groups and nothing is half done")
  void addsAtOnce() throws Exception {
    if (identityService.createUserQuery().userId("upracer").count() == 0) {
      User racer = identityService.newUser("upracer");
      racer.setPassword(TestUsers.PASSWORD);
      TestUsers.save(identityService, racer);
    }
    groupsOf("upracer").forEach(g -> identityService.deleteMembership("upracer", g));
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch inserted = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      // another unit's add of the same user, holding the role's membership uncommitted
      Future<?> other = threads.submit(() -> transactions.executeWithoutResult(status -> {
        identityService.createMembership("upracer", "recommender");
        inserted.countDown();
        await(release);
      }));
      assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();
      Future<?> add = threads.submit(() -> units.addMember("recommender-R-ASSOC-QA", "upracer"));
      Thread.sleep(1000); // the add reaches the role's membership and waits on the other's row
      release.countDown();
      other.get(10, TimeUnit.SECONDS);
      add.get(20, TimeUnit.SECONDS);
      assertThat(groupsOf("upracer")).containsExactlyInAnyOrder("recommender-R-ASSOC-QA", "recommender");
    } finally {
      threads.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  @DisplayName("Art 8: the leading group reads the units without forms and may not post; an applicant gets nothing")
  void leadingGroupReads() throws Exception {
    assertThat(page("/manager/units", "upleader")).contains("R-JX-MSR", "county-130602").doesNotContain("<form");
    mvc.perform(post("/manager/units/groups/recommender-R-ASSOC-QA/members").param("userId", "upclerk")
        .with(httpBasic("upleader", TestUsers.PASSWORD))).andExpect(status().isForbidden());
    mvc.perform(get("/manager/units").with(httpBasic("upapplicant", TestUsers.PASSWORD))).andExpect(status().isForbidden());
  }

  private java.util.List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
  }

  private MockHttpServletRequestBuilder asOffice(MockHttpServletRequestBuilder request) {
    return request.with(httpBasic("upoffice", TestUsers.PASSWORD));
  }

  private String page(String path, String userId) throws Exception {
    return mvc.perform(get(path).with(httpBasic(userId, TestUsers.PASSWORD))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
  }
}
