package org.qualityaward.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.qualityaward.application.AwardApplicationModel.AWAIT_NEXT_STAGE;
import static org.qualityaward.application.AwardApplicationModel.CANDIDATE_DISQUALIFIED;
import static org.qualityaward.application.AwardApplicationModel.CONSULT_DEPARTMENTS;
import static org.qualityaward.application.AwardApplicationModel.END_CLOSED_OVERDUE;
import static org.qualityaward.application.AwardApplicationModel.COUNTY_CONSENT;
import static org.qualityaward.application.AwardApplicationModel.END_COUNTY_REFUSED;
import static org.qualityaward.application.AwardApplicationModel.END_DISQUALIFIED_AFTER_ACCEPTANCE;
import static org.qualityaward.application.AwardApplicationModel.END_DISQUALIFIED_AT_RECOMMENDER_PUBLICITY;
import static org.qualityaward.application.AwardApplicationModel.END_INELIGIBLE;
import static org.qualityaward.application.AwardApplicationModel.END_NOT_RECOMMENDED;
import static org.qualityaward.application.AwardApplicationModel.END_REJECTED;
import static org.qualityaward.application.AwardApplicationModel.END_WITHDRAWN;
import static org.qualityaward.application.AwardApplicationModel.QUALIFICATION_REVIEW;
import static org.qualityaward.application.AwardApplicationModel.READ_REJECTION_REASONS;
import static org.qualityaward.application.AwardApplicationModel.RECOMMENDATION_COMPLETE;
import static org.qualityaward.application.AwardApplicationModel.RECOMMENDER_PUBLICITY;
import static org.qualityaward.application.AwardApplicationModel.RECOMMENDER_REVIEW;
import static org.qualityaward.application.AwardApplicationModel.RECOMMENDER_SIGN_OFF;
import static org.qualityaward.application.AwardApplicationModel.WITHDRAWN;
import static org.qualityaward.publicity.ObjectionModel.ANSWER_OBJECTOR;
import static org.qualityaward.publicity.ObjectionModel.CONCLUDE_OBJECTION;
import static org.qualityaward.publicity.ObjectionModel.DISQUALIFY_CANDIDATE;
import static org.qualityaward.publicity.ObjectionModel.INVESTIGATE_OBJECTION;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.edition.Edition;
import org.qualityaward.edition.EditionService;
import org.qualityaward.edition.NewEdition;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.expert.ExpertPool;
import org.qualityaward.eligibility.OrganizationProfile;
import org.qualityaward.eligibility.CreditRecordType;
import org.qualityaward.eligibility.CreditRecord;
import org.qualityaward.eligibility.Declarations;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.honour.AwardLevel;
import org.qualityaward.honour.Honours;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.kernel.NotFoundException;
import org.qualityaward.publicity.CandidateDisqualified;
import org.qualityaward.publicity.ObjectionModel;
import org.qualityaward.publicity.objection.FileObjectionCommand;
import org.qualityaward.publicity.objection.Objection;
import org.qualityaward.publicity.objection.ObjectionService;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.EngineTables;
import org.qualityaward.testing.ProcessTest;
import org.qualityaward.testing.SampleApplications;
import org.qualityaward.testing.SampleExperts;
import org.qualityaward.testing.TestUsers;
import org.qualityaward.testing.ConditionAnswers;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.qualityaward.notification.Notice;
import org.qualityaward.notification.NoticeKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/** Every path of award-application (Art 11-17) on the real engine, clock moved, jobs executed. */
@ProcessTest
@RecordApplicationEvents
class AwardApplicationProcessTest {

  private static final AtomicInteger SERIALS = new AtomicInteger(1);
  /** A Monday with a plain working week after it in the 2026 calendar. */
  private static final LocalDate SUBMITTED_ON = LocalDate.of(2026, 3, 2);

  @Autowired ProcessEngine engine;
  @Autowired ExpertPool expertPool;
  @Autowired IdentityService identityService;
  @Autowired ConditionReview conditionReview;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired EditionService editions;
  @Autowired ApplicationSubmissions submissions;
  @Autowired ApplicationCases cases;
  @Autowired ApplicantCases applicantCases;
  @Autowired OverdueClosures overdueClosures;
  @Autowired ApplicationWithdrawals withdrawals;
  @Autowired ApplicationEventPublisher publisher;
  @Autowired ApplicationEvents events;
  @Autowired ObjectionService objections;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;
  @Autowired Honours honours;

  private Edition edition;

  @BeforeEach
  void openEdition() {
    BpmnAwareTests.init(engine);
    SampleExperts.ensurePool(expertPool, identityService, 4);
    EngineClock.startOf(SUBMITTED_ON);
    edition = EditionDriver.openWithApprovedPlan(editions, taskService, new NewEdition(EditionYears.next(), "测试届", LocalDate.of(2026, 3, 31)));
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  @DisplayName("Art 11(2): an organisation operating less than 5 years ends as ineligible with the finding")
  void ineligibleApplicationEnds() {
    Application application = submitOrganization("R-ASSOC-QA", LocalDate.of(2023, 1, 1));

    BpmnAwareTests.assertThat(instance(application)).isEnded().hasPassed(END_INELIGIBLE);
    Application stored = cases.get(application.getId());
    assertThat(stored.getOutcome()).isEqualTo(ApplicationOutcome.INELIGIBLE);
    assertThat(stored.getOutcomeReason()).contains("ORG-REGISTERED").doesNotContain("ORG-CQO");
    assertThat(cases.latestFindings(application.getId())).hasSize(9);
  }

  @Test
  @DisplayName("Art 11(6): an organisation declaring penalties too old to count, with long notes, is submitted and"
      + " passes: the finding quoting them is kept whole, however long; the office's form shows what the engine holds")
  void oldRecordsWithLongNotesAreKept() {
    ApplicationSubmission sample = SampleApplications.organization(edition.getId(), "R-ASSOC-QA",
        SERIALS.getAndIncrement(), LocalDate.of(2010, 1, 1));
    String note = "因产品标识不规范被处以罚款，已整改完毕。".repeat(24);
    List<CreditRecord> records = new java.util.ArrayList<>();
    for (int year = 2012; year <= 2020; year++) {
      records.add(new CreditRecord(CreditRecordType.ADMINISTRATIVE_PENALTY, LocalDate.of(year, 3, 1), note));
    }
    Declarations declared = new Declarations(true, records, null, null);
    Application application = submissions.submit(new ApplicationSubmission(sample.editionId(), sample.kind(),
        sample.recommenderCode(), sample.organization(), null, declared, sample.selfAssessment(), sample.evidence(),
        sample.conditions()), "applicant");

    ProcessInstance instance = instance(application);
    BpmnAwareTests.assertThat(instance).isWaitingAt(RECOMMENDER_REVIEW);
    assertThat(cases.latestFindings(application.getId())).anySatisfy(f -> {
      assertThat(f.rule()).isEqualTo("ORG-CREDIT");
      assertThat(f.passed()).isTrue();
      assertThat(f.message()).hasSizeGreaterThan(4000).contains(note);
    });
    // the office's form holds what the engine's text can; the case file has the whole
    recommendAndSignOff(instance);
    giveDepartmentOpinions(instance);
    BpmnAwareTests.assertThat(instance).isWaitingAt(QUALIFICATION_REVIEW);
    assertThat((String) runtimeService.getVariable(instance.getId(), "qualificationSummary")).hasSizeLessThanOrEqualTo(4000)
        .endsWith("完整内容见 案卷 /cases/" + application.getApplicationNumber() + "）");
  }

  @Test
  @DisplayName("Art 15–17: a unit that lets its review's deadline pass no longer holds the edition: past that day the"
      + " office closes the case as not recommended, with its reason; before it, or without a reason, it cannot")
  void officeClosesAnOverdueReview() {
    Application application = submitOrganization("R-ASSOC-QA", LocalDate.of(2010, 1, 1));
    ProcessInstance instance = instance(application);
    org.camunda.bpm.engine.task.Task review = task(instance);

    assertThatThrownBy(() -> overdueClosures.close(application.getId(), "已两次电话督办", "office1"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("「推荐单位审核申报材料：")
        .hasMessageContaining("尚未届满，届满后方可逾期办结（第十五至十七条）");
    pastDue(review);
    assertThatThrownBy(() -> overdueClosures.close(application.getId(), "  ", "office1"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("请说明逾期办结的理由");
    BpmnAwareTests.assertThat(instance).isWaitingAt(RECOMMENDER_REVIEW);

    overdueClosures.close(application.getId(), "已于3月20日、25日两次电话督办，推荐单位仍未审核", "office1");

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_CLOSED_OVERDUE).hasNotPassed(END_NOT_RECOMMENDED);
    Application closed = cases.get(application.getId());
    assertThat(closed.getOutcome()).isEqualTo(ApplicationOutcome.NOT_RECOMMENDED);
    assertThat(closed.getOutcomeReason()).startsWith("「推荐单位审核申报材料：").contains("超过办理期限（")
        .endsWith("未办理，市质强办（office1）办结：已于3月20日、25日两次电话督办，推荐单位仍未审核");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(OverdueClosures.REASON_VARIABLE).count()).as("the reason is the case's, not the engine's history")
        .isZero();
    // the unit hears of it, its candidate's case ended over its head
    assertThat(events.stream(Notice.class).filter(n -> n.kind() == NoticeKind.CANDIDATE_CASE_ENDED))
        .anySatisfy(n -> {
          assertThat(n.groups()).containsExactly("recommender-R-ASSOC-QA");
          assertThat(n.title()).contains(application.getApplicationNumber(), "未获推荐");
        });
    assertThatThrownBy(() -> overdueClosures.close(application.getId(), "再次办结", "office1"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("当前不在推荐单位或县级议事协调机构的办理环节");
  }

  @Test
  @DisplayName("Art 4(1) 自愿申报: during its unit's review the applicant withdraws, saying why; the case ends as withdrawn,"
      + " the review with it, the unit is told, and the applicant may apply to the edition again; another user cannot")
  void applicantWithdrawsDuringTheUnitsReview() {
    Application application = submitOrganization("R-ASSOC-QA", LocalDate.of(2010, 1, 1));
    ProcessInstance instance = instance(application);
    String number = application.getApplicationNumber();

    assertThatThrownBy(() -> withdrawals.withdraw("someone-else", number, null)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> withdrawals.withdraw("applicant", number, "理".repeat(501)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("撤回理由不能超过 500 字");
    BpmnAwareTests.assertThat(instance).isWaitingAt(RECOMMENDER_REVIEW);
    TestUsers.ensure(identityService, "wdunitmember", "recommender-R-ASSOC-QA");
    taskService.claim(task(instance).getId(), "wdunitmember");
    withdrawals.withdraw("applicant", number, "企业战略调整，本届暂不参评");

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(WITHDRAWN, END_WITHDRAWN).hasNotPassed(END_NOT_RECOMMENDED);
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    Application withdrawn = cases.get(application.getId());
    assertThat(withdrawn.getOutcome()).isEqualTo(ApplicationOutcome.WITHDRAWN);
    assertThat(withdrawn.getOutcomeReason()).endsWith("撤回申报（第四条第一项 自愿申报）：企业战略调整，本届暂不参评");
    assertThat(withdrawn.countsForEdition()).as("Art 13, 16: no longer its application to the edition").isFalse();
    assertThat(events.stream(Notice.class).filter(n -> n.kind() == NoticeKind.CANDIDATE_CASE_ENDED))
        .anySatisfy(n -> assertThat(n.title()).contains(number, "申报人已撤回"));
    assertThat(events.stream(Notice.class).filter(n -> n.kind() == NoticeKind.STEP_WITHDRAWN))
        .as("the unit's own review, claimed by one of its people: they are told by the case's end, once").isEmpty();
    assertThatThrownBy(() -> withdrawals.withdraw("applicant", number, null))
        .isInstanceOf(ConflictException.class).hasMessageContaining("已办结（申报人已撤回）");
  }

  @Test
  @DisplayName("Art 4(1), 16: withdrawn during its unit's publicity, the case ends and the publicity is withdrawn from the"
      + " board; once the office has accepted the case, withdrawing is refused")
  void withdrawalDuringThePublicityAndNotAfterAcceptance() {
    Application application = submitOrganization("R-ASSOC-QA", LocalDate.of(2010, 1, 1));
    ProcessInstance instance = instance(application);
    complete(task(instance), decision(true, "材料完整真实"));
    BpmnAwareTests.assertThat(instance).isWaitingAt(RECOMMENDER_PUBLICITY);
    Long publicityId = (Long) runtimeService.getVariable(instance.getId(), "publicityId");

    withdrawals.withdraw("applicant", application.getApplicationNumber(), null);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_WITHDRAWN);
    assertThat(jdbc.queryForObject("select state from publicity where id = ?", String.class, publicityId))
        .isEqualTo("WITHDRAWN");
    assertThat(cases.get(application.getId()).getOutcomeReason()).endsWith("撤回申报（第四条第一项 自愿申报）");

    ProcessInstance accepted = acceptedCase();
    String number = cases.get((Long) runtimeService.getVariable(accepted.getId(), "applicationId")).getApplicationNumber();
    assertThatThrownBy(() -> withdrawals.withdraw("applicant", number, null))
        .isInstanceOf(ConflictException.class).hasMessageContaining("已列入受理名单，不能撤回");
    BpmnAwareTests.assertThat(accepted).isWaitingAt(AWAIT_NEXT_STAGE);
  }

  @Test
  @DisplayName("Art 4(1), 17: withdrawn while the departments give their opinions, the case ends and their tasks with it;"
      + " withdrawn at the office's qualification review, the review ends")
  void withdrawalDuringTheOfficesSteps() {
    Application consulted = submitOrganization("R-ASSOC-QA", LocalDate.of(2010, 1, 1));
    ProcessInstance consulting = instance(consulted);
    recommendAndSignOff(consulting);
    BpmnAwareTests.assertThat(consulting).isWaitingAt(CONSULT_DEPARTMENTS);
    Set<String> departments = taskService.createTaskQuery().processInstanceId(consulting.getId()).list().stream()
        .flatMap(t -> taskService.getIdentityLinksForTask(t.getId()).stream())
        .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId).filter(java.util.Objects::nonNull)
        .collect(java.util.stream.Collectors.toSet());
    withdrawals.withdraw("applicant", consulted.getApplicationNumber(), null);
    BpmnAwareTests.assertThat(consulting).isEnded().hasPassed(END_WITHDRAWN);
    assertThat(taskService.createTaskQuery().processInstanceId(consulting.getId()).count()).isZero();
    // the departments asked learn why their step went (the case's file is no longer theirs to open)
    assertThat(departments).hasSize(2).doesNotContain("recommender-R-ASSOC-QA");
    assertThat(events.stream(Notice.class).filter(n -> n.kind() == NoticeKind.STEP_WITHDRAWN)).singleElement()
        .satisfies(n -> {
          assertThat(n.groups()).isEqualTo(departments);
          assertThat(n.title()).contains(consulted.getApplicationNumber(), "已由申报人撤回", "待办「征求市相关部门意见」随之结束")
              .as("the model's name of the step, not the task's with the applicant's").doesNotContain(consulted.getApplicantName());
          assertThat(n.link()).isEqualTo(Notice.TASKLIST);
        });

    EngineClock.startOf(SUBMITTED_ON);
    Application reviewed = submitOrganization("R-ASSOC-QA", LocalDate.of(2010, 1, 1));
    ProcessInstance reviewing = instance(reviewed);
    recommendAndSignOff(reviewing);
    giveDepartmentOpinions(reviewing);
    BpmnAwareTests.assertThat(reviewing).isWaitingAt(QUALIFICATION_REVIEW);
    withdrawals.withdraw("applicant", reviewed.getApplicationNumber(), "材料需大幅补充，下届再报");
    BpmnAwareTests.assertThat(reviewing).isEnded().hasPassed(END_WITHDRAWN).hasNotPassed(END_REJECTED);
    assertThat(events.stream(Notice.class).filter(n -> n.kind() == NoticeKind.STEP_WITHDRAWN
        && n.title().contains(reviewed.getApplicationNumber()))).singleElement()
        .satisfies(n -> assertThat(n.groups()).containsExactly("quality-office"));
    assertThat(cases.get(reviewed.getId()).getOutcome()).isEqualTo(ApplicationOutcome.WITHDRAWN);
  }

  @Test
  @DisplayName("Art 4(1), 16: withdrawn while an objection to the unit's publicity is investigated, the investigation ends"
      + " with the case and the office, whose step it was too, is told; the unit's people by the case's end")
  void withdrawalDuringAnObjectionTellsTheOffice() {
    Application application = submitOrganization("R-ASSOC-QA", LocalDate.of(2010, 1, 1));
    ProcessInstance handling = handlingOf(objectInRecommenderPublicity(application, "推荐材料中的任命文件日期存疑"));
    BpmnAwareTests.assertThat(handling).isWaitingAt("Task_InvestigateObjection");

    withdrawals.withdraw("applicant", application.getApplicationNumber(), null);

    BpmnAwareTests.assertThat(handling).isEnded();
    assertThat(events.stream(Notice.class).filter(n -> n.kind() == NoticeKind.STEP_WITHDRAWN)).singleElement()
        .satisfies(n -> {
          assertThat(n.groups()).containsExactly("quality-office");
          assertThat(n.title()).contains(application.getApplicationNumber(), "待办「调查核实异议」随之结束");
        });
  }

  @Test
  @DisplayName("Art 4(1), 17: a withdrawal that read the case before the office's acceptance committed is refused whole"
      + " (409): the case stays accepted and its process runs on")
  void withdrawalLosingTheRaceToAcceptanceChangesNothing() {
    Application application = submitOrganization("R-ASSOC-QA", LocalDate.of(2010, 1, 1));
    ProcessInstance instance = instance(application);
    recommendAndSignOff(instance);
    giveDepartmentOpinions(instance);
    String review = task(instance).getId();

    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
      cases.get(application.getId());
      // the office's acceptance commits in its own thread and transaction meanwhile
      CompletableFuture.runAsync(() -> taskService.complete(review, decision(true, "予以受理"))).join();
      withdrawals.withdraw("applicant", application.getApplicationNumber(), "来不及了");
    })).isInstanceOf(OptimisticLockingFailureException.class);

    Application accepted = cases.get(application.getId());
    assertThat(accepted.getStage()).isEqualTo(ApplicationStage.ACCEPTED);
    assertThat(accepted.getOutcome()).isNull();
    BpmnAwareTests.assertThat(instance).isWaitingAt(AWAIT_NEXT_STAGE).hasNotPassed(END_WITHDRAWN);
  }

  @Test
  @DisplayName("Art 15–17: an overdue signed recommendation and an overdue county consent are closed the same way")
  void officeClosesAnOverdueSignOffOrCountyConsent() {
    Application unsigned = submitOrganization("R-ASSOC-QA", LocalDate.of(2010, 1, 1));
    ProcessInstance signOff = instance(unsigned);
    complete(task(signOff), decision(true, "材料完整真实"));
    finishPublicity();
    BpmnAwareTests.assertThat(signOff).isWaitingAt(RECOMMENDER_SIGN_OFF);
    pastDue(task(signOff));
    overdueClosures.close(unsigned.getId(), "推荐单位逾期未签署", "office1");
    BpmnAwareTests.assertThat(signOff).isEnded().hasPassed(END_CLOSED_OVERDUE);

    EngineClock.startOf(SUBMITTED_ON);
    Application unanswered = submitOrganization("R-JX-MSR", LocalDate.of(2010, 1, 1));
    ProcessInstance county = instance(unanswered);
    recommendAndSignOff(county);
    BpmnAwareTests.assertThat(county).isWaitingAt(COUNTY_CONSENT);
    pastDue(task(county));
    overdueClosures.close(unanswered.getId(), "县级议事协调机构逾期未答复", "office1");
    BpmnAwareTests.assertThat(county).isEnded().hasPassed(END_CLOSED_OVERDUE);
    assertThat(cases.get(unanswered.getId()).getOutcomeReason()).startsWith("「县级议事协调机构同意推荐：");
  }

  @Test
  @DisplayName("Art 16: a recommender that does not recommend ends the case with its reason")
  void recommenderDeclines() {
    Application application = submitOrganization("R-ASSOC-QA", LocalDate.of(2010, 1, 1));
    ProcessInstance instance = instance(application);
    BpmnAwareTests.assertThat(instance).isWaitingAt(RECOMMENDER_REVIEW);
    BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup("recommender-R-ASSOC-QA")
        .hasName("推荐单位审核申报材料：" + application.getApplicantName());

    complete(task(instance), decision(false, "材料不完整"));

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_NOT_RECOMMENDED);
    assertThat(cases.get(application.getId()).getOutcomeReason()).isEqualTo("材料不完整");
  }

  @Test
  @DisplayName("Art 11(2), 14, 16: a profile corrected during the recommender's review into one the rules refuse leaves"
      + " the unit only refusal: no public recommendation of a candidate the rules now refuse")
  void recommenderCannotRecommendWhatTheRulesNowRefuse() {
    Application application = submitOrganization("R-ASSOC-QA", LocalDate.of(2010, 1, 1));
    ProcessInstance instance = instance(application);
    OrganizationProfile was = cases.get(application.getId()).organization();
    applicantCases.correctProfile("applicant", application.getApplicationNumber(), new OrganizationProfile(was.name(),
        was.creditCode(), LocalDate.of(2023, 1, 1), was.registrationAuthority(), was.registeredAddress(),
        was.groupCreditCode(), was.industry(), was.chiefQualityOfficer(), was.topManagerName()), null);

    assertThatThrownBy(() -> complete(task(instance), decision(true, "同意推荐")))
        .hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("申报条件核验未通过，只能不同意推荐（第十四、十六条）：ORG-REGISTERED");
    BpmnAwareTests.assertThat(instance).isWaitingAt(RECOMMENDER_REVIEW);

    complete(task(instance), decision(false, "成立未满5年"));
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_NOT_RECOMMENDED);
  }

  @Test
  @DisplayName("Art 11(3), 16: the recommender judges each declared condition; a refused one needs its reason, leaves only refusal, and is the first reason the applicant reads")
  void recommenderRefusesACondition() {
    Application application = submitOrganization("R-ASSOC-QA", LocalDate.of(2010, 1, 1));
    ProcessInstance instance = instance(application);
    Map<String, Object> form = taskService.getVariablesLocal(task(instance).getId());
    assertThat((String) form.get("conditionPoint2")).contains("第十一条第（三）项", "首席质量官任命文件",
        "申报人说明：符合：积极推行先进的质量管理方法");
    assertThat(form).doesNotContainKey("conditionPoint6");

    Map<String, Object> unjudged = decision(false, "材料不足");
    unjudged.remove("recommenderCondition4");
    assertThatThrownBy(() -> complete(task(instance), unjudged))
        .hasMessageContaining("「核实结论（逐项核实 4）」为必填项");
    // the form marks the reason required when a point is refused: its own check names the field and article
    assertThatThrownBy(() -> complete(task(instance), refusing(decision(false, "材料不足"), "recommenderCondition2", null)))
        .hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("「不予确认的理由（逐项核实 2，将告知申报人，第十六条）」为必填项");
    // the rule itself, should a form ever lose that mark, names the point
    Map<String, Object> reasonless = refusing(decision(false, "材料不足"), "recommenderCondition2", null);
    assertThatThrownBy(() -> conditionReview.record(application.getId(), ConditionReview.Step.RECOMMENDER,
        reasonless::get, false, "tester"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("不予确认第十一条第（三）项须写明理由，理由将告知申报人（第十六条）");
    assertThatThrownBy(() -> complete(task(instance),
        refusing(decision(true, "同意推荐"), "recommenderCondition2", "未见首席质量官任命文件")))
        .hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("第十一条第（三）项不予确认，不能同意推荐（第十六条）");
    BpmnAwareTests.assertThat(instance).isWaitingAt(RECOMMENDER_REVIEW);

    complete(task(instance), refusing(decision(false, "请补充后下届再报"), "recommenderCondition2", "未见首席质量官任命文件"));

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_NOT_RECOMMENDED);
    assertThat(cases.get(application.getId()).getOutcomeReason())
        .isEqualTo("第十一条第（三）项不予确认：未见首席质量官任命文件。请补充后下届再报");
    assertThat(conditionReview.of(application.getId())).extracting(c -> c.point().code(),
            c -> c.of(ConditionReview.Step.RECOMMENDER).map(ConditionReview.Verdict::confirmed).orElse(null))
        .containsExactly(tuple("11(1)", true), tuple("11(3)", false), tuple("11(4)", true), tuple("11(5)", true),
            tuple("11(7)", true));
  }

  @Test
  @DisplayName("Art 11(5), 17: the office sees the recommender's verdicts; a condition it refuses leaves only rejection, with the refusal as a reason")
  void officeRefusesACondition() {
    Application application = submitOrganization("R-ASSOC-QA", LocalDate.of(2010, 1, 1));
    ProcessInstance instance = instance(application);
    recommendAndSignOff(instance);
    giveDepartmentOpinions(instance);
    BpmnAwareTests.assertThat(instance).isWaitingAt(QUALIFICATION_REVIEW);
    assertThat((String) taskService.getVariableLocal(task(instance).getId(), "conditionPoint4"))
        .contains("第十一条第（五）项", "推荐单位意见：确认");

    assertThatThrownBy(() -> complete(task(instance),
        refusing(decision(true, "予以受理"), "officeCondition4", "社会责任报告系申报前临时编制")))
        .hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("第十一条第（五）项不予确认，只能不予受理（第十七条）");

    complete(task(instance), refusing(decision(false, "不予受理"), "officeCondition4", "社会责任报告系申报前临时编制"));
    BpmnAwareTests.assertThat(instance).isWaitingAt(READ_REJECTION_REASONS);
    assertThat(cases.get(application.getId()).getOutcomeReason())
        .isEqualTo("第十一条第（五）项不予确认：社会责任报告系申报前临时编制。不予受理");
  }

  @Test
  @DisplayName("Art 9(6), 16: an objection to the recommender's publicity is investigated by the unit and concluded by the office; upheld, it disqualifies")
  void disqualifiedAtRecommenderPublicity() {
    Application application = submitOrganization("R-ASSOC-QA", LocalDate.of(2010, 1, 1));
    ProcessInstance instance = instance(application);
    Objection objection = objectInRecommenderPublicity(application, "该企业申报的质量指标与实际严重不符，有检测报告为证。");
    ProcessInstance handling = handlingOf(objection);
    // the office asks the recommending unit to investigate its own publicity's objection
    BpmnAwareTests.assertThat(handling).isWaitingAt(INVESTIGATE_OBJECTION);
    BpmnAwareTests.assertThat(task(handling)).hasCandidateGroup("recommender-R-ASSOC-QA");
    asUnit(() -> taskService.complete(task(handling).getId(), withVariables("findings", "经核查检测报告属实")));
    assertThat(investigatedBy(objection)).isEqualTo("unit-officer");

    // the conclusion is the office's: the unit's findings shown read-only, the unit cannot conclude
    BpmnAwareTests.assertThat(handling).isWaitingAt(CONCLUDE_OBJECTION);
    Task conclusion = task(handling);
    BpmnAwareTests.assertThat(conclusion).hasCandidateGroup("quality-office");
    assertThat(taskService.getIdentityLinksForTask(conclusion.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("quality-office");
    assertThat(taskService.getVariables(conclusion.getId())).containsEntry("findings", "经核查检测报告属实")
        .containsEntry("investigator", investigatorName("recommender-R-ASSOC-QA"));
    asUnit(() -> assertThatThrownBy(() -> taskService.complete(conclusion.getId(), withVariables("substantiated",
        false, "comment", "不属实", "answer", "经核查不属实"))).isInstanceOf(AuthorizationException.class));
    complete(conclusion, withVariables("substantiated", true,
        "comment", "申报材料弄虚作假", "answer", "异议属实，已取消其推荐资格"));
    BpmnAwareTests.assertThat(handling).hasPassedInOrder(INVESTIGATE_OBJECTION, CONCLUDE_OBJECTION,
        DISQUALIFY_CANDIDATE, ANSWER_OBJECTOR).isEnded();
    finishPublicity();

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_DISQUALIFIED_AT_RECOMMENDER_PUBLICITY);
    assertThat(cases.get(application.getId()).getOutcome()).isEqualTo(ApplicationOutcome.DISQUALIFIED);
    assertThat(cases.get(application.getId()).getOutcomeReason()).contains("弄虚作假");
  }

  @Test
  @DisplayName("Art 9(6), 16: the office may take the investigation of an objection to the recommender's publicity itself; its conclusion names the office as investigator")
  void officeInvestigatesItself() {
    Objection objection = objectInRecommenderPublicity(submitOrganization("R-ASSOC-QA", LocalDate.of(2010, 1, 1)),
        "该企业的首席质量官任命文件系申报前补签。");
    ProcessInstance handling = handlingOf(objection);
    Task investigation = task(handling);
    assertThat(taskService.getIdentityLinksForTask(investigation.getId())).extracting(IdentityLink::getGroupId)
        .containsExactlyInAnyOrder("recommender-R-ASSOC-QA", "quality-office");

    TestUsers.ensure(identityService, "officeinvestigator", "quality-office");
    identityService.setAuthentication("officeinvestigator", List.of("quality-office"));
    try {
      taskService.claim(investigation.getId(), "officeinvestigator");
      taskService.complete(investigation.getId(), withVariables("findings", "市质强办调阅任命文件原件，落款日期属实"));
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(investigatedBy(objection)).isEqualTo("officeinvestigator");
    assertThat(taskService.getVariables(task(handling).getId()))
        .containsEntry("investigator", investigatorName("quality-office"));
  }

  /** The unit recommends the case; an objection to it is filed in the recommender's publicity (Art 16). */
  private Objection objectInRecommenderPublicity(Application application, String grounds) {
    complete(task(instance(application)), decision(true, "同意推荐"));
    assertThat(cases.get(application.getId()).getStage()).isEqualTo(ApplicationStage.RECOMMENDER_PUBLICITY);
    Long publicityId = (Long) runtimeService.getVariable(instance(application).getId(), "publicityId");
    return objections.file(publicityId, new FileObjectionCommand("赵六", "13803120000", application.getId(), grounds));
  }

  private String investigatedBy(Objection objection) {
    return objections.findByReceiptNumber(objection.getReceiptNumber()).orElseThrow().getInvestigatedBy();
  }

  private ProcessInstance handlingOf(Objection objection) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ObjectionModel.PROCESS_KEY)
        .variableValueEquals("objectionId", objection.getId()).singleResult();
  }

  /** Runs {@code work} as a member of the recommending unit, whose TASK_WORK comes from the task's candidate group. */
  private void asUnit(Runnable work) {
    identityService.setAuthentication("unit-officer", List.of("recommender-R-ASSOC-QA"));
    try {
      work.run();
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The unit's name as the identity service holds it (the group of the recommender on record). */
  private String investigatorName(String groupId) {
    return identityService.createGroupQuery().groupId(groupId).singleResult().getName();
  }

  @Test
  @DisplayName("Art 16: the county coordination body refuses a county regulator's recommendation")
  void countyRefuses() {
    Application application = submitOrganization("R-JX-MSR", LocalDate.of(2010, 1, 1));
    ProcessInstance instance = instance(application);
    recommendAndSignOff(instance);

    BpmnAwareTests.assertThat(instance).isWaitingAt(COUNTY_CONSENT);
    BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup("county-130602");
    complete(task(instance), decision(false, "该企业近期有投诉正在核查"));

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_COUNTY_REFUSED);
    assertThat(cases.get(application.getId()).getOutcome()).isEqualTo(ApplicationOutcome.NOT_RECOMMENDED);
  }

  @Test
  @DisplayName("Art 16, 17: a completion that leaves out the decision is refused by field; it never reads an earlier step's approval")
  void leftOutDecisionIsRefused() {
    Application application = submitOrganization("R-JX-MSR", LocalDate.of(2010, 1, 1));
    ProcessInstance instance = instance(application);
    Map<String, Object> noDecision = decision(true, "材料完整真实");
    noDecision.remove("approved");
    assertThatThrownBy(() -> complete(task(instance), noDecision))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("同意推荐并进行公示");
    recommendAndSignOff(instance);

    // the recommender's approved=true is still in the case; the county body's form must say its own
    BpmnAwareTests.assertThat(instance).isWaitingAt(COUNTY_CONSENT);
    assertThatThrownBy(() -> complete(task(instance), withVariables("comment", "同意")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("同意向市质强办推荐");
    BpmnAwareTests.assertThat(instance).isWaitingAt(COUNTY_CONSENT);
    complete(task(instance), decision(true, "同意"));

    org.camunda.bpm.engine.task.Task opinion = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(CONSULT_DEPARTMENTS).list().get(0);
    assertThatThrownBy(() -> taskService.complete(opinion.getId(), withVariables("comment", "近5年无不良记录")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("无异议");
    giveDepartmentOpinions(instance);

    Map<String, Object> noAcceptance = decision(true, "予以受理");
    noAcceptance.remove("approved");
    assertThatThrownBy(() -> complete(task(instance), noAcceptance))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("予以受理");
    BpmnAwareTests.assertThat(instance).isWaitingAt(QUALIFICATION_REVIEW);
    assertThat(cases.get(application.getId()).getStage()).isNotEqualTo(ApplicationStage.ACCEPTED);
  }

  @Test
  @DisplayName("Art 17: after county consent and department opinions the office rejects; the reasons reach the recommender")
  void officeRejects() {
    Application application = submitOrganization("R-JX-MSR", LocalDate.of(2010, 1, 1));
    ProcessInstance instance = instance(application);
    recommendAndSignOff(instance);
    complete(task(instance), decision(true, "同意"));

    giveDepartmentOpinions(instance);
    BpmnAwareTests.assertThat(instance).isWaitingAt(QUALIFICATION_REVIEW);
    // the unit's and the county body's own words reach the office, each step's kept (Art 16, 17)
    assertThat((String) runtimeService.getVariable(instance.getId(), "qualificationSummary"))
        .contains("ORG-REGISTERED").contains("R-CITY-EE：无异议")
        .contains("推荐单位审核（第十六条）：同意推荐，材料完整真实", "推荐单位签署推荐意见（第十六条）：已签署，同意推荐",
            "县级议事协调机构（第十六条）：同意推荐，同意");
    complete(task(instance), decision(false, "申报材料与营业执照信息不一致"));

    BpmnAwareTests.assertThat(instance).isWaitingAt(READ_REJECTION_REASONS);
    BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup("recommender-R-JX-MSR");
    complete(task(instance), withVariables("acknowledged", true));
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_REJECTED);
    assertThat(cases.get(application.getId()).getOutcome()).isEqualTo(ApplicationOutcome.REJECTED);
  }

  @Test
  @DisplayName("Art 17, 33: a case that fails HOLDER at the re-check can only be rejected, the finding its first reason")
  void qualificationReviewBinds() {
    Application application = submitOrganization("R-ASSOC-QA", LocalDate.of(2010, 1, 1));
    ProcessInstance instance = instance(application);
    recommendAndSignOff(instance);
    // between submission and qualification review the organisation came to hold a valid award
    honours.confer(application.getApplicantName(), ApplicationKind.ORGANIZATION, AwardLevel.AWARD,
        application.getCreditCode(), null, null, edition.getId(), SUBMITTED_ON, null, null);
    giveDepartmentOpinions(instance);
    BpmnAwareTests.assertThat(instance).isWaitingAt(QUALIFICATION_REVIEW);
    assertThat((String) runtimeService.getVariable(instance.getId(), "qualificationSummary")).contains("✘ HOLDER");

    assertThatThrownBy(() -> complete(task(instance), decision(true, "予以受理")))
        .hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("申报条件复核未通过，只能不予受理（第十七条）：HOLDER（第三十三条）");
    BpmnAwareTests.assertThat(instance).isWaitingAt(QUALIFICATION_REVIEW);

    complete(task(instance), decision(false, "已获奖，应申请复评"));
    BpmnAwareTests.assertThat(instance).isWaitingAt(READ_REJECTION_REASONS);
    assertThat(cases.get(application.getId()).getOutcomeReason())
        .startsWith("申报条件复核未通过：HOLDER（第三十三条）").endsWith("。已获奖，应申请复评");
    // the unit reads every reason recorded, not only the office's words (Art 17: 向推荐单位说明理由)
    assertThat(taskService.getVariable(task(instance).getId(), "comment"))
        .isEqualTo(cases.get(application.getId()).getOutcomeReason());
  }

  @Test
  @DisplayName("Art 11(2), 17: a firm registered by the province (code 130000) with its domicile in Baoding, entered by the start form, passes marked 需核实; the office's acceptance is refused until it confirms the registration")
  void provincialRegistrationConfirmedByTheOffice() {
    Map<String, Object> form = new HashMap<>();
    form.put("editionYear", (long) edition.getYear());
    form.put("kind", "ORGANIZATION");
    form.put("recommenderCode", "R-CITY-IIT");
    form.put("orgName", "保定某省级登记装备有限公司");
    form.put("creditCode", SampleApplications.creditCode("130000", SERIALS.getAndIncrement()));
    form.put("registeredOn", "2012-05-01");
    form.put("registrationAuthority", "河北省市场监督管理局");
    form.put("registeredAddress", "河北省保定市莲池区东风东路 9 号");
    form.put("industry", "C34");
    form.put("chiefQualityOfficer", true);
    form.put("selfAssessment", "推行卓越绩效模式十年。");
    form.put("evidence", "首席质量官任命文件.pdf | 否");
    form.put("noStateSecrets", true);
    statementFields(ApplicationKind.ORGANIZATION).forEach(form::put);
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("award-application", form);
    Long applicationId = (Long) runtimeService.getVariable(instance.getId(), "applicationId");
    assertThat(cases.get(applicationId).getRegisteredAddress()).isEqualTo("河北省保定市莲池区东风东路 9 号");
    assertThat(cases.get(applicationId).getRegistrationAuthority()).isEqualTo("河北省市场监督管理局");

    recommendAndSignOff(instance);
    giveDepartmentOpinions(instance);
    BpmnAwareTests.assertThat(instance).isWaitingAt(QUALIFICATION_REVIEW);
    assertThat((String) runtimeService.getVariable(instance.getId(), "qualificationSummary"))
        .contains("登记机关：河北省市场监督管理局；住所：河北省保定市莲池区东风东路 9 号")
        .contains("⚠ 需核实 ORG-REGISTERED（第十一条第（二）项）统一社会信用代码登记管理机关行政区划码为 130000（省级登记）");
    assertThat(runtimeService.getVariable(instance.getId(), "registrationToConfirm")).isEqualTo(true);

    assertThatThrownBy(() -> complete(task(instance), decision(true, "予以受理")))
        .hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("注册地需核实：核实在保定市行政区域内依法注册登记（第十一条第（二）项）")
        .hasMessageContaining("ORG-REGISTERED（第十一条第（二）项）");
    BpmnAwareTests.assertThat(instance).isWaitingAt(QUALIFICATION_REVIEW);

    taskService.claim(task(instance).getId(), "office1");
    Map<String, Object> confirmed = new java.util.HashMap<>(decision(true, "已核对营业执照，省局登记，住所在莲池区"));
    confirmed.put("registrationConfirmed", true);
    complete(task(instance), confirmed);
    BpmnAwareTests.assertThat(instance).isWaitingAt(AWAIT_NEXT_STAGE);
    Application accepted = cases.get(applicationId);
    assertThat(accepted.getStage()).isEqualTo(ApplicationStage.ACCEPTED);
    assertThat(accepted.getRegistrationConfirmedBy()).isEqualTo("office1");
    assertThat(accepted.getRegistrationConfirmedAt()).isNotNull();
  }

  @Test
  @DisplayName("Art 17: an objection upheld against the accepted list ends the waiting case as disqualified")
  void acceptedThenDisqualified() {
    ProcessInstance instance = acceptedCase();
    Long applicationId = (Long) runtimeService.getVariable(instance.getId(), "applicationId");

    transaction.executeWithoutResult(status -> publisher.publishEvent(
        new CandidateDisqualified(applicationId, 0L, "受理名单公示期间异议经调查属实")));

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(CANDIDATE_DISQUALIFIED, END_DISQUALIFIED_AFTER_ACCEPTANCE);
    assertThat(cases.get(applicationId).getOutcome()).isEqualTo(ApplicationOutcome.DISQUALIFIED);
  }

  @Test
  @DisplayName("Art 16: the Tasklist start form registers the case with the application number as business key; a top manager's organisation's records are judged by Art 11(6)(7) (Art 12(6)), the employer's industry is the case's (Art 10)")
  void startFormRegistersTheCase() {
    Map<String, Object> form = individualStartForm(SampleApplications.idNumber(LocalDate.of(1975, 6, 1), 7));
    form.put("topManager", true);
    form.put("employerCreditRecords", "2020-01-15 行政处罚 六年前的处罚");
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("award-application", form);

    BpmnAwareTests.assertThat(instance).isWaitingAt(RECOMMENDER_REVIEW);
    Long applicationId = (Long) runtimeService.getVariable(instance.getId(), "applicationId");
    Application stored = cases.get(applicationId);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getBusinessKey()).isEqualTo(stored.getApplicationNumber());
    assertThat(stored.getApplicantName()).isEqualTo("王五");
    assertThat(stored.getIndustry()).isEqualTo("C36");
    assertThat(cases.latestFindings(applicationId)).filteredOn(f -> f.rule().equals("IND-CONDUCT")).singleElement()
        .satisfies(f -> assertThat(f.passed()).isTrue())
        .satisfies(f -> assertThat(f.message()).contains("第十一条第六项").contains("已满5年不再计入：行政处罚 2020-01-15"));
  }

  @Test
  @DisplayName("PIPL: an ID number typed into the start form is kept encrypted in our table; the engine's variables and history never hold it, nor the rest of what was typed (records, work history, self-assessment): the case keeps ids, number, name and routing")
  void startFormIdNumberStaysOutOfTheEngine() {
    String idNumber = SampleApplications.idNumber(LocalDate.of(1968, 11, 23), 431);
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ApplicationSubmissions.PROCESS_KEY).latestVersion().singleResult().getId();
    Map<String, Object> form = individualStartForm(idNumber);
    form.put("selfAssessment", "独有标记甲：主持六西格玛项目三十项。");
    form.put("employerCreditRecords", "2020-01-15 行政处罚 独有标记乙");
    form.put("evidence", "独有标记丙.pdf | 否");

    // as Tasklist submits it: form fields become variables, and with history level full form-field details too
    ProcessInstance instance = engine.getFormService().submitStartForm(definition, form);

    BpmnAwareTests.assertThat(instance).isWaitingAt(RECOMMENDER_REVIEW);
    Application stored = cases.get((Long) runtimeService.getVariable(instance.getId(), "applicationId"));
    assertThat(stored.getIdNumber()).isEqualTo(idNumber);
    assertThat(jdbc.queryForObject("select id_number from application where id = ?", String.class, stored.getId()))
        .startsWith("v1:").doesNotContain(idNumber);
    assertThat(EngineTables.rowsContaining(jdbc, stored.getApplicationNumber())).as("the tables are read").isNotEmpty();
    assertThat(EngineTables.rowsContaining(jdbc, idNumber)).isEmpty();
    for (String typed : List.of("独有标记甲", "独有标记乙", "独有标记丙", "2012-09-01")) {
      assertThat(EngineTables.rowsContaining(jdbc, typed)).as(typed).isEmpty();
    }
    assertThat(runtimeService.getVariables(instance.getId()).keySet()).containsExactlyInAnyOrder("applicationId",
        "editionId", "applicationNumber", "applicantName", "kind", "recommenderGroup", "countyConsentRequired",
        "countyGroup", "eligible");
  }

  @Test
  @DisplayName("PIPL, Flyway V112: what start forms of earlier versions left in the engine (the case's variables, their history and form details) is deleted; the case's own variables stay")
  void earlierStartFormFieldsForgotten() throws Exception {
    Application application = submitOrganization("R-ASSOC-QA", LocalDate.of(2010, 1, 1));
    ProcessInstance instance = instance(application);
    // as an earlier version left them: the typed fields as the case's variables, with their history
    runtimeService.setVariable(instance.getId(), "topManagerName", "早先的王强");
    jdbc.update("insert into act_hi_varinst (id_, proc_def_key_, proc_inst_id_, name_, var_type_, text_)"
        + " values (?, 'award-application', ?, 'topManagerName', 'string', '早先的王强')", "v112-" + instance.getId(),
        instance.getId());
    jdbc.update("insert into act_hi_detail (id_, type_, time_, name_, proc_def_key_, proc_inst_id_, text_)"
        + " values (?, 'FormProperty', current_timestamp, 'creditRecords', 'award-application', ?, '早先的信用记录')",
        "v112-d-" + instance.getId(), instance.getId());
    assertThat(EngineTables.rowsContaining(jdbc, "早先的")).hasSize(3);

    try (Connection connection = jdbc.getDataSource().getConnection()) {
      new V112__ForgetStartFormFields().migrate(new Context() {
        @Override
        public Configuration getConfiguration() {
          return null;
        }

        @Override
        public Connection getConnection() {
          return connection;
        }
      });
    }

    assertThat(EngineTables.rowsContaining(jdbc, "早先的")).isEmpty();
    assertThat(runtimeService.getVariable(instance.getId(), "applicationId")).isEqualTo(application.getId());
    assertThat(runtimeService.getVariable(instance.getId(), "applicantName")).isEqualTo(application.getApplicantName());
  }

  /** The start form's statement of each condition people judge (statement11_3 …). */
  private static Map<String, String> statementFields(ApplicationKind kind) {
    Map<String, String> fields = new HashMap<>();
    ConditionPoints.declared(kind).forEach(p -> fields.put(p.statementField(), "符合" + p.citation() + "，见材料1。"));
    return fields;
  }

  /** What an individual's start form submits (forms/application-start.form). */
  private Map<String, Object> individualStartForm(String idNumber) {
    Map<String, Object> form = new HashMap<>();
    form.put("editionYear", (long) edition.getYear());
    form.put("kind", "INDIVIDUAL");
    form.put("recommenderCode", "R-CITY-IIT");
    form.put("indName", "王五");
    form.put("idNumber", idNumber);
    form.put("employerCreditCode", SampleApplications.creditCode("130602", 777));
    form.put("employerIndustry", "c36");
    form.put("qualityWorkSince", "2012-09-01");
    form.put("topManager", false);
    form.put("selfAssessment", "主持六西格玛项目三十项。");
    form.put("evidence", "获奖证书.pdf | 否\n工艺改进报告.pdf | 是");
    form.put("noStateSecrets", true);
    statementFields(ApplicationKind.INDIVIDUAL).forEach(form::put);
    return form;
  }

  @Test
  @DisplayName("Art 16: a start form with wrong lines is refused naming each line, and nothing is stored")
  void startFormRefusesBadLines() {
    long before = runtimeService.createProcessInstanceQuery().count();
    Map<String, Object> form = new HashMap<>();
    form.put("editionYear", (long) edition.getYear());
    form.put("kind", "ORGANIZATION");
    form.put("recommenderCode", "R-CITY-IIT");
    form.put("evidence", "只有文件名.pdf");
    form.put("creditRecords", "2024-13-01 行政处罚");
    form.put("employerCreditRecords", "2024-01-01 罚款");

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("award-application", form))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("证实性材料清单第1行")
        .hasMessageContaining("信用记录第1行")
        .hasMessageContaining("所在组织信用记录第1行");
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  @DisplayName("Art 12: a start form's problems name the field as the form labels it (the employer's credit code, not the ID number's same check)")
  void startFormProblemsNameTheirField() {
    Map<String, Object> form = individualStartForm(SampleApplications.idNumber(LocalDate.of(1975, 6, 1), 8));
    String valid = SampleApplications.creditCode("130602", 778);
    form.put("employerCreditCode", valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0'));

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("award-application", form))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(FieldProblem::message).anySatisfy(m -> assertThat(m).startsWith("「所在单位统一社会信用代码」")));
  }

  private ProcessInstance acceptedCase() {
    Application application = submitOrganization("R-ASSOC-QA", LocalDate.of(2010, 1, 1));
    ProcessInstance instance = instance(application);
    recommendAndSignOff(instance);
    BpmnAwareTests.assertThat(instance).hasPassed(RECOMMENDATION_COMPLETE).hasNotPassed(COUNTY_CONSENT);
    giveDepartmentOpinions(instance);
    complete(task(instance), decision(true, "符合条件，予以受理"));
    BpmnAwareTests.assertThat(instance).isWaitingAt(AWAIT_NEXT_STAGE);
    assertThat(cases.get(application.getId()).getStage()).isEqualTo(ApplicationStage.ACCEPTED);
    // a Baoding code with a Baoding domicile: nothing for the office to confirm
    assertThat(runtimeService.getVariable(instance.getId(), "registrationToConfirm")).isEqualTo(false);
    assertThat(cases.get(application.getId()).getRegistrationConfirmedAt()).isNull();
    return instance;
  }

  private void recommendAndSignOff(ProcessInstance instance) {
    complete(task(instance), decision(true, "材料完整真实"));
    finishPublicity();
    BpmnAwareTests.assertThat(instance).isWaitingAt(RECOMMENDER_SIGN_OFF);
    complete(task(instance), withVariables("materialsVerified", true, "signOffOpinion", "同意推荐"));
    assertThat(runtimeService.getVariable(instance.getId(), "signOffOpinion")).as("the task's own, kept as ours").isNull();
  }

  private void giveDepartmentOpinions(ProcessInstance instance) {
    BpmnAwareTests.assertThat(instance).isWaitingAt(CONSULT_DEPARTMENTS);
    List<org.camunda.bpm.engine.task.Task> opinions = taskService.createTaskQuery()
        .processInstanceId(instance.getId()).taskDefinitionKey(CONSULT_DEPARTMENTS).list();
    assertThat(opinions).hasSize(2);
    opinions.forEach(t -> taskService.complete(t.getId(), decision(true, "近5年无不良记录")));
  }

  /**
   * The recommender's publicity, published Monday 2 March 2026, runs 5 full working days from the next
   * day (民法典第二百零一条), 3–9 March: over at midnight on Tuesday 10 March.
   */
  /** The clock an hour past the task's deadline. */
  private static void pastDue(org.camunda.bpm.engine.task.Task task) {
    EngineClock.set(java.time.LocalDateTime.ofInstant(task.getDueDate().toInstant(), EngineClock.ZONE).plusHours(1));
  }

  private void finishPublicity() {
    EngineClock.runDueJobs(managementService);
    EngineClock.startOf(SUBMITTED_ON.plusDays(8));
    EngineClock.runDueJobs(managementService);
    EngineClock.startOf(SUBMITTED_ON);
  }

  private Application submitOrganization(String recommenderCode, LocalDate registeredOn) {
    return submissions.submit(SampleApplications.organization(edition.getId(), recommenderCode,
        SERIALS.getAndIncrement(), registeredOn), "applicant");
  }

  private ProcessInstance instance(Application application) {
    return new CaseInstance(cases.get(application.getId()));
  }

  /** The case's process instance as Camunda BPM Assert wants it, also once it has ended. */
  private record CaseInstance(Application application) implements ProcessInstance {
    @Override public String getId() { return application.getProcessInstanceId(); }
    @Override public String getProcessInstanceId() { return getId(); }
    @Override public String getRootProcessInstanceId() { return getId(); }
    @Override public String getBusinessKey() { return application.getApplicationNumber(); }
    @Override public String getProcessDefinitionId() { return null; }
    @Override public String getProcessDefinitionKey() { return "award-application"; }
    @Override public String getCaseInstanceId() { return null; }
    @Override public boolean isSuspended() { return false; }
    @Override public boolean isEnded() { return false; }
    @Override public String getTenantId() { return null; }
  }

  /** The decision with the slot's condition refused, for the reason given (none: left blank). */
  private static Map<String, Object> refusing(Map<String, Object> decision, String slotField, String reason) {
    decision.put(slotField, "REFUSED");
    if (reason != null) {
      decision.put(slotField + "Reason", reason);
    }
    return decision;
  }

  /** A reviewer's decision, every declared condition confirmed (each review reads only its own fields). */
  private static Map<String, Object> decision(boolean approved, String comment) {
    Map<String, Object> decision = new java.util.HashMap<>(withVariables("approved", approved, "comment", comment));
    decision.putAll(ConditionAnswers.allConfirmed(ConditionReview.Step.RECOMMENDER));
    decision.putAll(ConditionAnswers.allConfirmed(ConditionReview.Step.OFFICE));
    return decision;
  }
}
