package org.qualityaward.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.application.AwardApplicationModel.RECOMMENDER_REVIEW;

import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationCases;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.SampleApplications;
import org.springframework.beans.factory.annotation.Autowired;

/** Journey (a): an applicant submits an application through the start form in Tasklist (Art 15, 16). */
class ApplicantBrowserTest extends BrowserJourney {

  @Autowired RuntimeService runtime;
  @Autowired ApplicationCases cases;

  @Test
  void applicantSubmitsThroughTheStartForm() {
    int year = EditionYears.next();
    driver.openEdition(year, year + "年度保定市政府质量奖");
    user("browserapplicant", "刘", "洋", "applicant");
    String company = "保定某浏览器测试精工有限公司";
    String creditCode = SampleApplications.creditCode("130602", 5101);

    tasklist.login("browserapplicant", PASSWORD);
    browser.checkChinese("申报人的 Tasklist");
    CamundaForm form = tasklist.startProcess("市政府质量奖申报案件");
    browser.screenshot("start-form-empty");
    form.type("申报届次", String.valueOf(year))
        .tick("组织奖")
        .select("推荐单位", "保定市质量协会")
        .type("组织名称", company)
        .type("统一社会信用代码", creditCode)
        .date("注册登记日期", LocalDate.of(2010, 3, 1))
        .type("登记机关", "保定市竞秀区市场监督管理局")
        .type("住所（注册地址）", "河北省保定市竞秀区朝阳北大街 1 号")
        .type("行业代码", "C34")
        .tick("已实施首席质量官制度")
        .type("最高管理者姓名", "王强")
        .type("自我评价摘要", "推行卓越绩效模式十年，质量损失率逐年下降。")
        .type("证实性材料清单", "首席质量官任命文件.pdf | 否")
        .type("第十一条第（一）项", "法定代表人已签署声明（材料1）。")
        .type("第十一条第（三）项", "实施首席质量官制度，任命文件见材料1。")
        .type("第十一条第（四）项", "近3年利税居全省同行业前列。")
        .type("第十一条第（五）项", "连续五年发布社会责任报告。")
        .type("第十一条第（七）项", "近5年内无违法、违规、违纪行为，已签署声明。")
        .tick("本人/本单位声明");
    browser.checkChinese("申报表");
    browser.screenshot("start-form-filled");
    tasklist.submitStartForm();
    browser.checkChinese("提交成功提示");
    browser.screenshot("submitted");

    ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey("award-application")
        .variableValueEquals("applicantName", company).singleResult();
    assertThat(instance).as("the case started by the start form").isNotNull();
    Application application = cases.get((Long) runtime.getVariable(instance.getId(), "applicationId"));
    assertThat(application.getSubmittedBy()).isEqualTo("browserapplicant");
    assertThat(application.getApplicantName()).isEqualTo(company);
    assertThat(application.getCreditCode()).isEqualTo(creditCode);
    // what was typed is in our tables; the engine keeps only the case's own variables (PIPL)
    assertThat(runtime.getVariable(instance.getId(), "topManagerName")).isNull();
    assertThat(application.getApplicationNumber()).startsWith("BDQA-" + year + "-");
    assertThat(runtime.getActivityInstance(instance.getId()).getChildActivityInstances())
        .as("eligible: waiting for the recommender's review")
        .extracting(a -> a.getActivityId()).containsExactly(RECOMMENDER_REVIEW);
  }
}
