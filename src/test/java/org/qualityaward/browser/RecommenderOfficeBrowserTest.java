package org.qualityaward.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.application.AwardApplicationModel.CONSULT_DEPARTMENTS;
import static org.qualityaward.application.AwardApplicationModel.COUNTY_CONSENT;
import static org.qualityaward.application.AwardApplicationModel.RECOMMENDER_SIGN_OFF;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.qualityaward.application.ApplicantCases;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationStage;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.SampleApplications;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Journey (b): the recommender reviews a case in 「推荐审核」 (Art 16) and, after the publicity and
 * the steps between, the quality office concludes the qualification review in 「待我审核」 (Art 17),
 * both through their forms in Tasklist.
 */
class RecommenderOfficeBrowserTest extends BrowserJourney {

  @Autowired TaskService tasks;
  @Autowired ApplicantCases applicantCases;

  @Test
  void recommenderAndOfficeCompleteTheirTasksThroughTheForms() {
    int year = EditionYears.next();
    Long editionId = driver.openEdition(year, year + "年度保定市政府质量奖").getId();
    recommenderUser("browserjingxiu", "R-JX-MSR", "竞秀区市场监督管理局");
    user("browseroffice", "张", "明", "quality-office");
    Application application = driver.submit(
        SampleApplications.organization(editionId, "R-JX-MSR", 5201, LocalDate.of(2010, 1, 1)));

    tasklist.login("browserjingxiu", PASSWORD).filter("推荐审核");
    browser.checkChinese("推荐单位的 Tasklist");
    CamundaForm review = tasklist.openTask("推荐单位审核申报材料");
    assertThat(review.value("申报编号")).isEqualTo(application.getApplicationNumber());
    browser.screenshot("recommender-review-opened");
    review = tasklist.claim();
    // Art 16: each declared condition with the applicant's statement, confirmed point by point
    assertThat(review.text()).contains("第十一条第（三）项", "首席质量官", "申报人说明");
    // the header, read from the records as Tasklist opens the form (CaseTaskContext)
    assertThat(review.text()).contains("申报类别：" + ApplicationKind.ORGANIZATION.label(),
        "当前阶段：" + ApplicationStage.RECOMMENDER_REVIEW.label(), "打开案卷 " + application.getApplicationNumber());
    assertThat(review.text()).containsPattern("办理期限：\\d{4}-\\d{2}-\\d{2}（星期.）前办结");
    review.pickEvery("确认").tick("同意推荐并进行公示").type("审核意见", "材料完整真实，同意推荐");
    browser.checkChinese("推荐审核表");
    browser.screenshot("recommender-review-filled");
    // Art 16: the applicant corrects the self-assessment while the unit has the form open: the decision
    // would be on material the unit has not read, so it is refused once, saying so; sent again, it is made
    // knowing it
    applicantCases.correctSelfAssessment(application.getSubmittedBy(), application.getApplicationNumber(),
        "导入卓越绩效模式八年（补充：近三年顾客满意度 92 分以上）。");
    tasklist.complete();
    assertThat(tasklist.refusal()).contains("「申报材料版本」在您打开表单后已变化", "核对后再次提交");
    browser.screenshot("recommender-review-material-changed");
    tasklist.closeNotifications();
    tasklist.complete();
    tasklist.waitUntilGone("推荐单位审核申报材料");
    browser.screenshot("recommender-review-completed");
    assertThat(driver.refresh(application).getStage()).isEqualTo(ApplicationStage.RECOMMENDER_PUBLICITY);

    // between the two forms: the publicity's 5 working days on the engine clock, then the sign-off,
    // the county's consent (a county regulator recommends) and the consulted departments' opinions
    driver.passPublicity(driver.refresh(application).getProcessInstanceId());
    completeAll(application, RECOMMENDER_SIGN_OFF, Map.of("materialsVerified", true, "signOffOpinion", "同意推荐"));
    completeAll(application, COUNTY_CONSENT, Map.of("approved", true, "comment", "同意推荐"));
    completeAll(application, CONSULT_DEPARTMENTS, Map.of("approved", true, "comment", "近5年无不良记录"));

    tasklist.login("browseroffice", PASSWORD).filter("待我审核");
    browser.checkChinese("市质强办的 Tasklist");
    CamundaForm qualification = tasklist.openTask("资格审查");
    assertThat(qualification.value("申报编号")).isEqualTo(application.getApplicationNumber());
    qualification = tasklist.claim();
    assertThat(qualification.text()).contains("推荐单位意见：确认");
    qualification.pickEvery("确认").tick("予以受理").type("审查意见", "符合条件，予以受理");
    browser.checkChinese("资格审查表");
    browser.screenshot("qualification-review-filled");
    tasklist.complete();
    tasklist.waitUntilGone("资格审查");
    browser.screenshot("qualification-review-completed");
    assertThat(driver.refresh(application).getStage()).isEqualTo(ApplicationStage.ACCEPTED);
  }

  private void completeAll(Application application, String taskDefinitionKey, Map<String, Object> variables) {
    var open = tasks.createTaskQuery().processInstanceId(driver.refresh(application).getProcessInstanceId())
        .taskDefinitionKey(taskDefinitionKey).list();
    assertThat(open).as(taskDefinitionKey).isNotEmpty();
    open.forEach(task -> tasks.complete(task.getId(), variables));
    driver.runDueJobs();
  }
}
