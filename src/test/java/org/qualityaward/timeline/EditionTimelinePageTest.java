package org.qualityaward.timeline;

import org.qualityaward.testing.TestUsers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.application.Application;
import org.qualityaward.edition.Edition;
import org.qualityaward.expert.ExpertPool;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.SampleCases;
import org.qualityaward.testing.SampleExperts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * GET /manager/editions and an edition's timeline page, driven on the real engine up to the document
 * review: notice on Mon 2 March 2026, deadline Fri 6 March, the accepted list published on Sat 7 March
 * for 5 working days (Art 17: 9-13 March). Same context as identity.WebappSessionLoginTest (real port).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class EditionTimelinePageTest {

  private static final AtomicInteger SERIALS = new AtomicInteger(6600);

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired IdentityService identityService;
  @Autowired ExpertPool expertPool;

  private EditionDriver driver;

  @BeforeEach
  void setUp() {
    SampleExperts.ensurePool(expertPool, identityService, 4);
    TestUsers.ensure(identityService, "tloffice", "quality-office");
    TestUsers.ensure(identityService, "tlapplicant", "applicant");
    driver = new EditionDriver(context);
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  @DisplayName("Art 15-18: the office sees each stage's start, planned end on working days, actual end, state and the cases per stage")
  void timelineOfAnEditionInDocumentReview() throws Exception {
    Edition edition = driver.openEdition(EditionYears.next(), "时间线测试届");
    List<Application> cases = List.of(driver.submit(SampleCases.organization(edition.getId(), SERIALS.getAndIncrement())),
        driver.submit(SampleCases.organization(edition.getId(), SERIALS.getAndIncrement())));
    driver.acceptAll(cases);

    String list = mvc.perform(get("/manager/editions").with(httpBasic("tloffice", "secret")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(list).contains("时间线测试届", "/manager/editions/" + edition.getId() + "/timeline");

    String page = mvc.perform(get("/manager/editions/" + edition.getId() + "/timeline")
            .with(httpBasic("tloffice", "secret")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(page).containsPattern(row("发布申报通知", "第十五条", "2026-03-02 09:00", "—", "2026-03-02 09:00", "ended", "已结束"));
    // intake is planned to the deadline; the driver runs its timer (due at midnight) only when the
    // recommenders' publicities are over, more than the hour's grace after the deadline day: late
    assertThat(page).containsPattern(row("申报受理", "第十五、十六条", "2026-03-02 09:00", "2026-03-06",
        "2026-03-10 00:01", "ended-late", "已结束（逾期）"));
    // Art 16: both recommenders' publicities, published Mon 2 March, ran the 5 full working days after it
    // (民法典第二百零一条), 3 to 9 March, and ended at the next midnight
    assertThat(page).containsPattern(row("推荐公示", "第十六条", "2026-03-02 09:00", "2026-03-09",
        "2026-03-10 00:01", "ended", "已结束"));
    // published Tuesday 10 March: the 5 working days are Wed 11 to Tue 17 March
    assertThat(page).containsPattern(row("受理名单公示", "第十七条", "2026-03-10 00:01", "2026-03-17",
        "2026-03-18 00:01", "ended", "已结束"));
    assertThat(page).containsPattern(row("资料评审", "第十八条", "2026-03-18 00:01", "—", "—", "running", "进行中"));
    assertThat(page).containsPattern(row("表彰奖励", "第二十三、二十四条", "—", "—", "—", "not-started", "未开始"));
    // the chart: one bar per started stage, the accepted list with its planned period
    assertThat(page).contains("<svg", "class=\"actual ended\"", "class=\"actual running\"", "class=\"planned\"", ">2026-03-02<");
    // the two cases wait in document review
    assertThat(page).containsPattern("<td>资料评审</td>\\s*<td></td>\\s*<td>2</td>").contains("共 <span>2</span> 件");
  }

  @Test
  @DisplayName("an applicant gets a Chinese 403 page; without a login a browser is sent to Cockpit's login")
  void accessRules() throws Exception {
    String forbidden = mvc.perform(get("/manager/editions").with(httpBasic("tlapplicant", "secret")))
        .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
    assertThat(forbidden).contains("无权访问", "tlapplicant", "市质强办、领导小组、系统管理员");

    mvc.perform(get("/manager/editions")).andExpect(status().isFound())
        .andExpect(redirectedUrl("/camunda/app/cockpit/"));
    // not tloffice: a wrong password delays that user's next logins (Camunda's login throttling)
    mvc.perform(get("/manager/editions").with(httpBasic("tlnobody", "wrong"))).andExpect(status().isUnauthorized());
    mvc.perform(get("/manager/editions/999999/timeline").with(httpBasic("tloffice", "secret")))
        .andExpect(status().isNotFound())
        // the managers' page, not the APIs' JSON
        .andExpect(content().string(containsString("未找到（404）")));
  }

  /** A row of the stages table; "—" where a date is missing. */
  private static String row(String label, String article, String start, String planned, String end, String state,
      String stateLabel) {
    return "<td>" + label + "</td>\\s*<td>" + article + "</td>\\s*<td>" + start + "</td>\\s*<td>" + planned
        + "</td>\\s*<td>" + end + "</td>\\s*<td class=\"state-" + state + "\">" + stateLabel + "</td>";
  }

}
