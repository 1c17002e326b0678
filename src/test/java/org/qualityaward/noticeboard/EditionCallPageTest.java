package org.qualityaward.noticeboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.edition.Edition;
import org.qualityaward.edition.EditionService;
import org.qualityaward.edition.NewEdition;
import org.qualityaward.edition.PlanFigures;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.EngineClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** The edition's call for applications on the public notice board (Art 15), once its plan is approved (Art 8(1)). */
@SpringBootTest
@AutoConfigureMockMvc
class EditionCallPageTest {

  @Autowired MockMvc mvc;
  @Autowired EditionService editions;
  @Autowired TaskService tasks;

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  @DisplayName("Art 8(1), 15: no announcement while the plan waits; once approved, anyone reads what, who, how and until when")
  void announcementFollowsTheApprovedPlan() throws Exception {
    EngineClock.startOf(LocalDate.of(2026, 3, 2));
    int year = EditionYears.next();
    Edition edition = editions.open(new NewEdition(year, year + "年度公告测试届", LocalDate.of(2026, 3, 31),
        new PlanFigures(null, 4, null, 6, null, null, null, null, null, null, null)));

    mvc.perform(get("/notices/editions/" + year)).andExpect(status().isNotFound());
    assertThat(page("/notices").select("a.call-link[href=/notices/editions/" + year + "]")).isEmpty();

    EditionDriver.approvePlan(tasks, edition.getProcessInstanceId());

    Document board = page("/notices");
    assertThat(board.select("a.call-link[href=/notices/editions/" + year + "]").text())
        .isEqualTo(year + "年度公告测试届申报公告");
    Document call = page("/notices/editions/" + year);
    assertThat(call.select("h1").text()).isEqualTo(year + "年度公告测试届申报公告");
    assertThat(call.select(".quota-organizations").text()).isEqualTo("4");
    assertThat(call.select(".quota-individuals").text()).isEqualTo("5");
    assertThat(call.select(".quota-nominations").text()).isEqualTo("6");
    assertThat(call.select("#who").text()).contains("第十一条").contains("第十二条").contains("5年以上");
    assertThat(call.select("a.applicant-link").attr("href")).isEqualTo("/applicant/");
    assertThat(call.select(".deadline").text()).isEqualTo("2026-03-31");
    assertThat(call.text()).contains("受理申报中");
    assertThat(call.select(".issued")).as("not yet issued").isEmpty();

    // Art 15: the office records the call's issue day (not a day to come) and where it was announced
    Task notice = tasks.createTaskQuery().processInstanceId(edition.getProcessInstanceId()).singleResult();
    assertThatThrownBy(() -> tasks.complete(notice.getId(), Map.of("noticeIssuedOn", "2026-03-03",
        "noticeChannels", "保定日报")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("晚于今天（2026-03-02）");
    assertThatThrownBy(() -> tasks.complete(notice.getId(), Map.of("noticeIssuedOn", "2026-02-27",
        "noticeChannels", "保定日报")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("早于领导小组审定评选方案的日期（2026-03-02）");
    tasks.complete(notice.getId(), Map.of("noticeIssuedOn", "2026-03-02", "noticeChannels", "保定日报、保定市人民政府网站"));
    call = page("/notices/editions/" + year);
    assertThat(call.select(".notice-issued-on").text()).isEqualTo("2026-03-02");
    assertThat(call.select(".notice-channels").text()).isEqualTo("保定日报、保定市人民政府网站");

    EngineClock.startOf(LocalDate.of(2026, 4, 1));
    assertThat(page("/notices/editions/" + year).text()).contains("已截止，不再受理");
  }

  private Document page(String url) throws Exception {
    return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8));
  }
}
