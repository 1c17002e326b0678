package org.qualityaward.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.evaluation.PanelMemberReviewModel.DECLARE_CONFLICT;
import static org.qualityaward.evaluation.PanelMemberReviewModel.SCORE_ORGANIZATION;
import static org.qualityaward.evaluation.PanelReviewModel.CONSOLIDATE_PANEL;

import java.math.BigDecimal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.qualityaward.application.Application;
import org.qualityaward.expert.ExpertPool;
import org.qualityaward.review.PanelReport;
import org.qualityaward.review.ReviewStage;
import org.qualityaward.review.ScoringSheet;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.review.Scoring;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.SampleCases;
import org.qualityaward.testing.SampleExperts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Journey (c): a drawn expert declares no conflict and scores an organisation on the GB/T 19580
 * sheet (Art 18); a category score above its maximum is refused by the form and the task stays open.
 * Journey (c2, issue 12): the panel leader reads the members' strengths and opportunities per category
 * and writes the panel's agreed ones, which the panel report keeps for the feedback report.
 */
class ExpertScoringBrowserTest extends BrowserJourney {

  private static final String SCORING = "组织评分（GB/T 19580）";
  private static final String CONSOLIDATION = "组长确认评审报告";
  /** Label start and a valid score of each category of the organisation sheet. */
  private static final Map<String, String> VALID_SCORES = new LinkedHashMap<>();

  static {
    // in the order of the form, as an expert fills it
    VALID_SCORES.put("领导（满分", "100");
    VALID_SCORES.put("战略（满分", "80");
    VALID_SCORES.put("顾客与市场（满分", "80");
    VALID_SCORES.put("资源（满分", "120");
    VALID_SCORES.put("过程管理（满分", "90");
    VALID_SCORES.put("测量、分析与改进（满分", "70");
    VALID_SCORES.put("结果（满分", "350");
  }

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ExpertPool pool;
  @Autowired Scoring scoring;

  @Test
  void expertScoresAndCannotExceedACategoryMaximum() {
    int year = EditionYears.next();
    Long editionId = driver.openEdition(year, year + "年度保定市政府质量奖").getId();
    SampleExperts.ensurePool(pool, identityService, 3);
    Application application = driver.submit(SampleCases.organization(editionId, 5301));
    driver.acceptAll(List.of(application));
    ProcessInstance member = runtime.createProcessInstanceQuery()
        .superProcessInstanceId(driver.panelOf(application).getId()).processDefinitionKey("panel-member-review")
        .list().get(0);
    String expert = memberTask(member, DECLARE_CONFLICT).getAssignee();

    tasklist.login(expert, SampleExperts.PASSWORD).filter("我的评审任务");
    browser.checkChinese("评审专家的 Tasklist");
    // the journeys share one database: the expert may have other cases' declarations open
    String declaration = "回避声明：" + application.getApplicantName();
    tasklist.openTask(declaration).tick("本人承诺");
    browser.screenshot("conflict-declaration");
    tasklist.complete();
    tasklist.waitUntilGone(declaration);
    driver.runDueJobs();
    Task scoringTask = memberTask(member, SCORE_ORGANIZATION);

    tasklist.login(expert, SampleExperts.PASSWORD).filter("我的评审任务");
    CamundaForm sheet = tasklist.openTask(SCORING + "：" + application.getApplicantName());
    VALID_SCORES.forEach(sheet::type);
    sheet.type("领导（满分", "111");
    sheet.input("领导（满分").sendKeys(Keys.TAB);
    browser.waiting().until(page -> !sheet.errorsOf("领导（满分").isEmpty());
    assertThat(String.join(" ", sheet.errorsOf("领导（满分"))).as("the message names the maximum").contains("110");
    assertThat(tasklist.canComplete()).as("Tasklist refuses to complete an invalid form").isFalse();
    browser.checkChinese("超过满分的提示");
    browser.screenshot("score-above-maximum-refused");
    assertThat(tasks.createTaskQuery().taskId(scoringTask.getId()).count()).as("the task stays open").isEqualTo(1);

    sheet.type("领导（满分", "110");
    sheet.input("领导（满分").sendKeys(Keys.TAB);
    browser.waiting().until(page -> sheet.errorsOf("领导（满分").isEmpty());
    // the remarks last and checked once more: form-js re-renders after a score changes and can drop
    // text typed into another field meanwhile
    List<String> remarks = VALID_SCORES.keySet().stream().map(category -> category.replace("（满分", " 评语")).toList();
    remarks.forEach(remark -> sheet.type(remark, "评分依据见资料评审记录"));
    remarks.stream().filter(remark -> sheet.value(remark).isEmpty())
        .forEach(remark -> sheet.type(remark, "评分依据见资料评审记录"));
    browser.waiting().until(page -> tasklist.canComplete());
    browser.screenshot("scores-valid");
    tasklist.complete();
    tasklist.waitUntilGone(SCORING + "：" + application.getApplicantName());
    browser.screenshot("scoring-completed");
    assertThat(history.createHistoricTaskInstanceQuery().taskId(scoringTask.getId()).finished().singleResult())
        .as("completed by the expert").isNotNull()
        .satisfies(task -> assertThat(task.getAssignee()).isEqualTo(expert));
    assertThat(scoring.summary(application.getId(), ReviewStage.DOCUMENT_REVIEW)).contains(expert).contains("：900.00");
  }

  @Test
  void leaderReadsTheMembersCommentsAndWritesTheAgreedOnes() {
    int year = EditionYears.next();
    Long editionId = driver.openEdition(year, year + "年度保定市政府质量奖").getId();
    SampleExperts.ensurePool(pool, identityService, 3);
    Application application = driver.submit(SampleCases.organization(editionId, 5302));
    driver.acceptAll(List.of(application));
    ProcessInstance panel = driver.panelOf(application);
    ScoringSheet sheet = scoring.sheetFor(application.getId());
    int n = 0;
    for (ProcessInstance member : runtime.createProcessInstanceQuery().superProcessInstanceId(panel.getId())
        .processDefinitionKey("panel-member-review").list()) {
      tasks.complete(memberTask(member, DECLARE_CONFLICT).getId(), Map.of("conflictOfInterest", false, "confidentialityUndertaking", true));
      Map<String, Object> scores = EditionDriver.scores(sheet, new BigDecimal("800"));
      scores.put("strengths_LEADERSHIP", "成员" + (++n) + "认为：高层领导亲自推动质量战略");
      scores.put("opportunities_RESULTS", "成员" + n + "认为：结果缺少与标杆的对比");
      tasks.complete(memberTask(member, SCORE_ORGANIZATION).getId(), scores);
    }
    Task consolidation = tasks.createTaskQuery().processInstanceId(panel.getId())
        .taskDefinitionKey(CONSOLIDATE_PANEL).singleResult();

    tasklist.login(consolidation.getAssignee(), SampleExperts.PASSWORD).filter("我的评审任务");
    CamundaForm form = tasklist.openTask(CONSOLIDATION);
    assertThat(form.value("评分表")).isEqualTo("GBT19580-ORG");
    assertThat(form.value("各成员的优势与改进机会")).as("the members' comments on 领导, read-only")
        .contains("成员1认为：高层领导亲自推动质量战略").contains("成员3认为：高层领导亲自推动质量战略");
    assertThat(form.input("各成员的优势与改进机会").getAttribute("readonly")).isNotNull();
    assertThat(form.text()).as("the organisation sheet's categories, not the individual one's")
        .contains("领导（满分 110 分）").contains("结果（满分 400 分）").doesNotContain("质量意识与创新意识");
    browser.checkChinese("组长汇总表单");
    Map<String, String> agreed = new LinkedHashMap<>();
    sheet.categories().forEach(c -> {
      agreed.put(c.name() + " 评审组一致意见：优势", c.name() + "：评审组一致认可的优势");
      agreed.put(c.name() + " 评审组一致意见：改进机会", c.name() + "：评审组一致认可的改进机会");
    });
    agreed.forEach(form::type);
    agreed.entrySet().stream().filter(e -> !e.getValue().equals(form.value(e.getKey())))
        .forEach(e -> form.type(e.getKey(), e.getValue()));
    browser.waiting().until(page -> tasklist.canComplete());
    browser.screenshot("leader-agreed-comments");
    tasklist.complete();
    tasklist.waitUntilGone(CONSOLIDATION);

    PanelReport report = scoring.panelReport(application.getId(), ReviewStage.DOCUMENT_REVIEW);
    assertThat(report.getCategories()).hasSize(sheet.categories().size());
    assertThat(report.getCategories().get(0).getStrengths()).isEqualTo("领导：评审组一致认可的优势");
    assertThat(report.getCategories().get(6).getOpportunities()).isEqualTo("结果：评审组一致认可的改进机会");
  }

  private Task memberTask(ProcessInstance member, String taskDefinitionKey) {
    Task task = tasks.createTaskQuery().processInstanceId(member.getId()).taskDefinitionKey(taskDefinitionKey)
        .singleResult();
    assertThat(task).as(taskDefinitionKey).isNotNull();
    return task;
  }
}
