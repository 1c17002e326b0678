package org.qualityaward.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.qualityaward.application.ApplicationSubmission;
import org.qualityaward.application.ApplicationSubmissions;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.edition.Edition;
import org.qualityaward.edition.EditionService;
import org.qualityaward.edition.AwardEditionModel;
import org.qualityaward.edition.NewEdition;
import org.qualityaward.honour.AwardLevel;
import org.qualityaward.honour.Honour;
import org.qualityaward.honour.Honours;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.eligibility.CreditRecord;
import org.qualityaward.eligibility.CreditRecordType;
import org.qualityaward.eligibility.Declarations;
import org.qualityaward.eligibility.EvidenceMark;
import org.qualityaward.eligibility.IndividualProfile;
import org.qualityaward.eligibility.OrganizationProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: an open edition of the current year and three applications, so that every
 * role finds work in Tasklist right after the first start. Runs once; a restart on the same file
 * database finds the edition and leaves everything as it is.
 */
@Component
@Profile("demo")
@Order(100) // after the demo users exist
class DemoEdition implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoEdition.class);

  private final EditionService editions;
  private final WorkingDayCalendar calendar;
  private final ApplicationSubmissions submissions;
  private final Honours honours;
  private final TaskService tasks;

  DemoEdition(EditionService editions, WorkingDayCalendar calendar, ApplicationSubmissions submissions,
      Honours honours, TaskService tasks) {
    this.tasks = tasks;
    this.editions = editions;
    this.calendar = calendar;
    this.submissions = submissions;
    this.honours = honours;
  }

  @Override
  public void run(ApplicationArguments args) {
    int year = calendar.today().getYear();
    if (editions.ofYear(year).isPresent()) {
      return;
    }
    // two weeks of intake keeps the demo's publicity periods inside published calendar years
    Edition edition = editions.open(
        new NewEdition(year, year + "年度保定市政府质量奖", calendar.today().plusDays(14)));
    approvePlan(edition);
    submissions.submit(precisionMachinery(edition.getId()), "applicant1");
    submissions.submit(qualityEngineer(edition.getId()), "applicant2");
    submissions.submit(youngCompany(edition.getId()), "applicant1");
    log.info("演示数据：{}（截止 {}），3 份申报已提交", edition.getName(), edition.getApplicationDeadline());
    // an earlier winner, so GET /api/honours shows a holder and its first return visit (due two years
    // after the award) is in the regulators' inbox; recorded without its winning application
    Honour holder = honours.confer("保定某输变电设备有限公司", ApplicationKind.ORGANIZATION, AwardLevel.AWARD,
        "91130602MA42424259", null, null, null, calendar.today().minusYears(2).minusMonths(6),
        null, null);
    log.info("演示数据：荣誉 {}（{} 获奖，有效期至 {}）", holder.getHolderName(), holder.getAwardedOn(), holder.getValidUntil());
  }

  /**
   * The office submits the configured plan and the leading group approves it (Art 8(1)), so the
   * edition takes applications; its notice is left for the office's Tasklist.
   */
  private void approvePlan(Edition edition) {
    tasks.complete(task(edition, AwardEditionModel.DRAFT_PLAN).getId());
    tasks.complete(task(edition, AwardEditionModel.APPROVE_PLAN).getId(),
        Map.of("planApproved", true, "planComment", "同意（演示数据）"));
  }

  private Task task(Edition edition, String taskDefinitionKey) {
    return tasks.createTaskQuery().processInstanceId(edition.getProcessInstanceId())
        .taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  private static ApplicationSubmission precisionMachinery(Long editionId) {
    return new ApplicationSubmission(editionId, ApplicationKind.ORGANIZATION, "R-JX-MSR",
        new OrganizationProfile("保定某精密机械有限公司", "91130602MA0E12342B", LocalDate.of(2014, 6, 1),
            "保定市竞秀区市场监督管理局", "河北省保定市竞秀区朝阳北大街 1 号", null, "C34", true, "赵建华"),
        null,
        new Declarations(true,
            List.of(new CreditRecord(CreditRecordType.ADMINISTRATIVE_PENALTY, LocalDate.of(2019, 5, 10),
                "标签标识不规范，已整改")),
            List.of()),
        "导入卓越绩效模式八年，关键工序能力指数 Cpk 由 1.0 提升至 1.67。",
        List.of(new EvidenceMark("首席质量官任命文件.pdf", false), new EvidenceMark("精密加工工艺规程.pdf", true)),
        Map.of("11(1)", "法定代表人已签署声明；公司党支部2016年成立，党建工作情况说明见材料1附件。",
            "11(3)", "2016年起实施首席质量官制度（材料1），导入卓越绩效模式八年，通过 ISO 9001 认证；精密加工工艺规程已在行业内推广（材料2）。",
            "11(4)", "关键工序能力指数 Cpk 由 1.0 提升至 1.67，近3年利税年均增长 12%，居全省同行业前列（财务报表及对比数据随后补充）。",
            "11(5)", "连续五年发布社会责任报告，吸纳残疾人就业 23 人，无环保处罚。",
            "11(7)", "法定代表人已签署近5年内无相关违法、违规、违纪行为的声明。"));
  }

  private static ApplicationSubmission qualityEngineer(Long editionId) {
    return new ApplicationSubmission(editionId, ApplicationKind.INDIVIDUAL, "R-ASSOC-QA", null,
        new IndividualProfile("钱雅琴", "13060219780315203X", "91130606MA0D567829", LocalDate.of(2009, 9, 1), false,
            "C38"),
        new Declarations(true, List.of(), List.of()),
        "主持质量管理小组活动二十余项，推广六西格玛方法。",
        List.of(new EvidenceMark("全国优秀质量管理小组证书.pdf", false)),
        Map.of("12(1)", "本人已签署声明，所在单位党组织出具意见。",
            "12(2)", "2009年起在保定从事质量管理工作，单位工作经历证明随后补充。",
            "12(3)", "总结“三查一改”工作法，使焊接一次合格率由 92% 提升至 99.2%。",
            "12(4)", "主持质量管理小组活动二十余项，推广六西格玛方法，获全国优秀质量管理小组称号（材料1）。",
            "12(5)", "所在单位出具品行鉴定，历年考核优秀。"));
  }

  /** Registered three years ago: ends ineligible under Art 11(2), to show a finding. */
  private static ApplicationSubmission youngCompany(Long editionId) {
    return new ApplicationSubmission(editionId, ApplicationKind.ORGANIZATION, "R-CITY-IIT",
        new OrganizationProfile("涿州某新材料科技有限公司", "91130681MA0F246863", LocalDate.now().minusYears(3),
            "涿州市市场监督管理局", "河北省涿州市开发区华阳东路 8 号", null, "C30", true, "孙立"),
        null, new Declarations(true, List.of(), List.of()), "新型建材研发。",
        List.of(new EvidenceMark("首席质量官任命文件.pdf", false)),
        Map.of("11(1)", "法定代表人已签署声明。", "11(3)", "实施首席质量官制度（材料1）。",
            "11(4)", "新型建材研发，产品通过省级新产品鉴定。", "11(5)", "依法纳税，参与社区公益。",
            "11(7)", "法定代表人已签署无违法、违规、违纪行为的声明。"));
  }
}
