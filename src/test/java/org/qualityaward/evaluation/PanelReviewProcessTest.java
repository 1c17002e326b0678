package org.qualityaward.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qualityaward.evaluation.PanelMemberReviewModel.DECLARE_CONFLICT;
import static org.qualityaward.evaluation.PanelMemberReviewModel.END_MEMBER_SCORED;
import static org.qualityaward.evaluation.PanelMemberReviewModel.REPLACE_MEMBER;
import static org.qualityaward.evaluation.PanelMemberReviewModel.SCORE_INDIVIDUAL;
import static org.qualityaward.evaluation.PanelMemberReviewModel.SCORE_ORGANIZATION;
import static org.qualityaward.evaluation.PanelReviewModel.CONSOLIDATE_PANEL;
import static org.qualityaward.evaluation.PanelReviewModel.DRAW_PANEL;
import static org.qualityaward.evaluation.PanelReviewModel.END_PANEL_REPORT_ACCEPTED;
import static org.qualityaward.evaluation.PanelReviewModel.MEMBER_REVIEWS;
import static org.qualityaward.evaluation.PanelReviewModel.PREPARE_CONSOLIDATION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.application.Application;
import org.qualityaward.forms.MarkdownText;
import org.qualityaward.application.ApplicationSubmission;
import org.qualityaward.application.ApplicationSubmissions;
import org.qualityaward.edition.Edition;
import org.qualityaward.edition.EditionService;
import org.qualityaward.edition.NewEdition;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.eligibility.OrganizationProfile;
import org.qualityaward.expert.Expert;
import org.qualityaward.expert.ExpertPool;
import org.qualityaward.expert.PanelDraw;
import org.qualityaward.expert.PanelDraws;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.review.PanelReport;
import org.qualityaward.review.ReviewStage;
import org.qualityaward.review.Scoring;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.ProcessTest;
import org.qualityaward.testing.SampleApplications;
import org.qualityaward.testing.SampleExperts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * panel-review and panel-member-review (Art 10, 18, 19) on the real engine: the draw as an async job,
 * each member's declaration and independent scoring in their own sub-instance, the conflict redraw,
 * the leader's consolidation, and the incident when the pool cannot form a panel.
 */
@ProcessTest
class PanelReviewProcessTest {

  private static final AtomicInteger SERIALS = new AtomicInteger(7000);
  /** A Monday with a plain working week after it in the 2026 calendar. */
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  /** GB/T 19580 sheet (scoring-sheets/GBT19580-ORG-v1.json): code → maximum. */
  static final Map<String, BigDecimal> ORGANIZATION_SHEET = orderedSheet("LEADERSHIP", 110, "STRATEGY", 90,
      "CUSTOMERS_MARKETS", 90, "RESOURCES", 130, "PROCESSES", 100, "MEASUREMENT", 80, "RESULTS", 400);
  /** Individual sheet (scoring-sheets/IND-100-v1.json). */
  static final Map<String, BigDecimal> INDIVIDUAL_SHEET = orderedSheet("AWARENESS", 20, "METHODS", 30,
      "CONTRIBUTION", 30, "PROMOTION", 20);

  @Autowired ProcessEngine engine;
  @Autowired ExpertPool expertPool;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired EditionService editions;
  @Autowired ApplicationSubmissions submissions;
  @Autowired PanelDraws draws;
  @Autowired PanelReviews panelReviews;
  @Autowired Scoring scoring;
  @Autowired PanelMemberReplacements replacements;

  private Edition edition;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    SampleExperts.ensurePool(expertPool, identityService, 4);
    EngineClock.startOf(TODAY);
    edition = EditionDriver.openWithApprovedPlan(editions, taskService, new NewEdition(EditionYears.next(), "评审组测试届", LocalDate.of(2026, 3, 31)));
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  @DisplayName("Art 10, 18: three drawn members declare no conflict and score on GB/T 19580; the leader's report has the mean as panel score")
  void organizationPanelReview() {
    Application application = organization();
    ProcessInstance instance = startPanelReview(runtimeService, application, "DOCUMENT_REVIEW");

    BpmnAwareTests.assertThat(instance).isWaitingAt(DRAW_PANEL);
    drawPanel(instance);
    Long drawId = (Long) runtimeService.getVariable(instance.getId(), "drawId");
    List<String> members = panelReviews.memberUserIds(drawId);
    assertThat(members).hasSize(3).doesNotHaveDuplicates();
    assertThat(runtimeService.getVariables(instance.getId())).as("ids only: the forms read the rest when opened")
        .doesNotContainKeys("stageLabel", "applicationNumber", "applicantName");
    BpmnAwareTests.assertThat(instance).isWaitingAt(MEMBER_REVIEWS);
    assertThat(memberInstances(instance)).hasSize(3).extracting(ProcessInstance::getBusinessKey)
        .as("each member's review carries the panel's key, for Cockpit").containsOnly(
            application.getApplicationNumber() + " 资料评审");

    List<String> fractions = List.of("0.8", "0.75", "0.7");
    for (int i = 0; i < members.size(); i++) {
      String member = members.get(i);
      Task declaration = memberTask(taskService, application, DECLARE_CONFLICT, member);
      assertThat(formService.getTaskFormVariables(declaration.getId())).containsEntry("stageLabel", "资料评审")
          .containsEntry("caseLine", "**申报编号**：" + application.getApplicationNumber() + "　**申报主体**："
              + MarkdownText.of(application.getApplicantName()));
      assertThat(declaration.getName()).isEqualTo("回避声明：" + application.getApplicantName());
      taskService.complete(declaration.getId(), Map.of("conflictOfInterest", false, "confidentialityUndertaking", true));
      Task scoringTask = memberTask(taskService, application, SCORE_ORGANIZATION, member);
      taskService.complete(scoringTask.getId(), scores(ORGANIZATION_SHEET, fractions.get(i)));
    }

    assertThat(memberInstances(instance)).isEmpty();
    BpmnAwareTests.assertThat(instance).isWaitingAt(CONSOLIDATE_PANEL).hasPassed(PREPARE_CONSOLIDATION);
    String leader = panelReviews.leaderUserId(drawId);
    BpmnAwareTests.assertThat(BpmnAwareTests.task(instance)).isAssignedTo(leader);
    assertThat((String) runtimeService.getVariable(instance.getId(), "panelSummary"))
        .contains("均值 750").doesNotContain("须合议");
    BpmnAwareTests.complete(BpmnAwareTests.task(instance), agreed(ORGANIZATION_SHEET));

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_PANEL_REPORT_ACCEPTED);
    PanelReport report = scoring.panelReport(application.getId(), ReviewStage.DOCUMENT_REVIEW);
    assertThat(report.getPanelScore()).isEqualByComparingTo("750");
    assertThat(report.getMeanScore()).isEqualByComparingTo("750");
    assertThat(report.getLeaderUserId()).isEqualTo(leader);
    assertThat(report.getSheetId()).isEqualTo("GBT19580-ORG");
    assertThat(report.getMembers()).extracting(PanelReport.Member::getExpertUserId)
        .containsExactlyInAnyOrderElementsOf(members);
    assertThat(report.flaggedMembers()).isEmpty();
  }

  @Test
  @DisplayName("Art 18: a score above the category maximum refuses the completion naming the field; each member's scores stay in their own task")
  void independentScoring() {
    Application application = organization();
    ProcessInstance instance = startPanelReview(runtimeService, application, "DOCUMENT_REVIEW");
    drawPanel(instance);
    List<String> members = panelReviews.memberUserIds((Long) runtimeService.getVariable(instance.getId(), "drawId"));
    Task unanswered = memberTask(taskService, application, DECLARE_CONFLICT, members.get(0));
    assertThatThrownBy(() -> taskService.complete(unanswered.getId(), Map.of("confidentialityUndertaking", true)))
        .as("the answer the model routes on is required").rootCause().isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("conflictOfInterest").hasMessageContaining("请选择是否申请回避");
    members.forEach(member -> taskService.complete(memberTask(taskService, application, DECLARE_CONFLICT, member).getId(),
        Map.of("conflictOfInterest", false, "confidentialityUndertaking", true)));
    Task first = memberTask(taskService, application, SCORE_ORGANIZATION, members.get(0));

    Map<String, Object> tooHigh = scores(ORGANIZATION_SHEET, "0.8");
    tooHigh.put("score_LEADERSHIP", 120.0);
    assertThatThrownBy(() -> taskService.complete(first.getId(), tooHigh))
        .rootCause().isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("score_LEADERSHIP")
        .hasMessageContaining("120")
        .hasMessageContaining("110");
    assertThat(taskService.createTaskQuery().taskId(first.getId()).singleResult()).isNotNull();

    taskService.complete(first.getId(), scores(ORGANIZATION_SHEET, "0.8"));

    Task second = memberTask(taskService, application, SCORE_ORGANIZATION, members.get(1));
    assertThat(taskService.getVariables(second.getId())).doesNotContainKeys("score_LEADERSHIP", "remark_LEADERSHIP")
        .containsEntry("expertUserId", members.get(1));
    assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKey("score_LEADERSHIP");

    // Art 10: a task handed to an expert nobody drew (an administrator may reassign it) counts no score
    String notDrawn = expertPool.all().stream().map(Expert::getUserId).filter(id -> !members.contains(id))
        .findFirst().orElseThrow();
    taskService.setAssignee(second.getId(), notDrawn);
    assertThatThrownBy(() -> taskService.complete(second.getId(), scores(ORGANIZATION_SHEET, "0.9")))
        .rootCause().isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("评分不予记录");
    // nor to another member of the panel: their score on this member's sheet
    taskService.setAssignee(second.getId(), members.get(2));
    assertThatThrownBy(() -> taskService.complete(second.getId(), scores(ORGANIZATION_SHEET, "0.9")))
        .rootCause().isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("评分不予记录");
    assertThat(taskService.createTaskQuery().taskId(second.getId()).singleResult()).isNotNull();
    taskService.setAssignee(second.getId(), members.get(1));
    taskService.complete(second.getId(), scores(ORGANIZATION_SHEET, "0.9"));
  }

  @Test
  @DisplayName("Art 10, 18: a member who declares a conflict is replaced by a redraw; the replacement declares and scores, the draw records why")
  void conflictRedraws() {
    Application application = organization();
    ProcessInstance instance = startPanelReview(runtimeService, application, "DOCUMENT_REVIEW");
    drawPanel(instance);
    Long drawId = (Long) runtimeService.getVariable(instance.getId(), "drawId");
    List<String> members = panelReviews.memberUserIds(drawId);
    String conflicted = members.get(1);

    Task declaration = memberTask(taskService, application, DECLARE_CONFLICT, conflicted);
    // the undertaking sent with a conflict (hidden in the form, not in an API call) is not handed on
    taskService.complete(declaration.getId(), Map.of("conflictOfInterest", true, "conflictReason",
        "近三年为该企业提供过管理咨询", "confidentialityUndertaking", true));
    ProcessInstance memberInstance = runtimeService.createProcessInstanceQuery()
        .processInstanceId(declaration.getProcessInstanceId()).singleResult();
    BpmnAwareTests.assertThat(memberInstance).isWaitingAt(REPLACE_MEMBER);
    Job replace = managementService.createJobQuery().processInstanceId(memberInstance.getId()).singleResult();
    managementService.executeJob(replace.getId());

    PanelDraw latest = draws.latest(drawId);
    assertThat(latest.getId()).isNotEqualTo(drawId);
    assertThat(latest.getReplacedDrawId()).isEqualTo(drawId);
    assertThat(latest.getReplacedExpertId()).isEqualTo(expertId(conflicted));
    assertThat(latest.getReplacementReason()).isEqualTo("近三年为该企业提供过管理咨询");
    List<String> newMembers = draws.memberUserIds(latest.getId());
    assertThat(newMembers).hasSize(3).doesNotContain(conflicted).contains(members.get(0), members.get(2));
    String replacement = newMembers.stream().filter(m -> !members.contains(m)).findFirst().orElseThrow();

    BpmnAwareTests.assertThat(memberInstance).isWaitingAt(DECLARE_CONFLICT);
    Task again = memberTask(taskService, application, DECLARE_CONFLICT, replacement);
    assertThat(again.getProcessInstanceId()).isEqualTo(memberInstance.getId());
    assertThat(taskService.getVariable(again.getId(), "conflictOfInterest")).isNull();
    assertThat(taskService.getVariable(again.getId(), "confidentialityUndertaking")).isNull();
    assertThatThrownBy(() -> taskService.complete(again.getId(), Map.of("conflictOfInterest", false)))
        .hasMessageContaining("保密承诺，第二十九条");
    assertThat(taskService.createTaskQuery().taskAssignee(conflicted)
        .processVariableValueEquals("applicationId", application.getId()).count()).isZero();

    for (String member : newMembers) {
      taskService.complete(memberTask(taskService, application, DECLARE_CONFLICT, member).getId(),
          Map.of("conflictOfInterest", false, "confidentialityUndertaking", true));
      taskService.complete(memberTask(taskService, application, SCORE_ORGANIZATION, member).getId(),
          scores(ORGANIZATION_SHEET, "0.7"));
    }
    BpmnAwareTests.assertThat(memberInstance).isEnded().hasPassed(REPLACE_MEMBER, END_MEMBER_SCORED);
    BpmnAwareTests.assertThat(BpmnAwareTests.task(instance)).isAssignedTo(draws.leaderUserId(latest.getId()));
    BpmnAwareTests.complete(BpmnAwareTests.task(instance), agreed(ORGANIZATION_SHEET));
    assertThat(scoring.panelReport(application.getId(), ReviewStage.DOCUMENT_REVIEW).getMembers())
        .extracting(PanelReport.Member::getExpertUserId).containsExactlyInAnyOrderElementsOf(newMembers);
  }

  @Test
  @DisplayName("Art 10, 29: the office replaces a member who cannot go on before scoring; one new expert is drawn and"
      + " takes the task, the reason on the draw; a member who has scored stays")
  void officeReplacesAMember() {
    Application application = organization();
    ProcessInstance instance = startPanelReview(runtimeService, application, "DOCUMENT_REVIEW");
    drawPanel(instance);
    Long drawId = (Long) runtimeService.getVariable(instance.getId(), "drawId");
    List<String> members = panelReviews.memberUserIds(drawId);
    members.forEach(member -> taskService.complete(memberTask(taskService, application, DECLARE_CONFLICT, member).getId(),
        Map.of("conflictOfInterest", false, "confidentialityUndertaking", true)));
    taskService.complete(memberTask(taskService, application, SCORE_ORGANIZATION, members.get(0)).getId(),
        scores(ORGANIZATION_SHEET, "0.8"));
    List<Long> seats = draws.get(drawId).getMemberIds();

    assertThatThrownBy(() -> replacements.replace(drawId, seats.get(0), "因病", "pmoffice"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("已提交评分");
    assertThatThrownBy(() -> replacements.replace(drawId, seats.get(1), " ", "pmoffice"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");
    assertThatThrownBy(() -> replacements.replace(drawId, seats.get(1), "因病".repeat(251), "pmoffice"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("最多500个字符");
    replacements.replace(drawId, seats.get(1), "因病住院，不能参加评审", "pmoffice");
    assertThat(taskService.createTaskQuery().taskAssignee(members.get(1))
        .processVariableValueEquals("applicationId", application.getId()).count()).isZero();
    managementService.executeJob(managementService.createJobQuery().activityId(REPLACE_MEMBER).singleResult().getId());

    PanelDraw latest = draws.latest(drawId);
    assertThat(latest.getReplacedExpertId()).isEqualTo(seats.get(1));
    assertThat(latest.getReplacementReason()).isEqualTo("市质强办（pmoffice）更换：因病住院，不能参加评审");
    List<String> now = draws.memberUserIds(latest.getId());
    assertThat(now).hasSize(3).contains(members.get(0), members.get(2)).doesNotContain(members.get(1));
    String replacement = now.stream().filter(m -> !members.contains(m)).findFirst().orElseThrow();
    memberTask(taskService, application, DECLARE_CONFLICT, replacement);
    assertThatThrownBy(() -> replacements.replace(drawId, seats.get(2), "出差", "pmoffice"))
        .as("the replaced draw").isInstanceOf(ConflictException.class).hasMessageContaining("最新的抽取");
  }

  @Test
  @DisplayName("Art 10, 12, 19: an individual's panel has an expert of the employer's industry as leader; the case is scored on the 100-point sheet in the on-site stage")
  void individualPanelReview() {
    ApplicationSubmission sample = SampleApplications.individual(edition.getId(), "R-ASSOC-QA", 1,
        LocalDate.of(2005, 1, 1));
    var person = sample.individual();
    Application application = submissions.register(new ApplicationSubmission(sample.editionId(), sample.kind(),
        sample.recommenderCode(), null,
        new org.qualityaward.eligibility.IndividualProfile(person.name(),
            SampleApplications.idNumber(LocalDate.of(1966, 6, 6), SERIALS.getAndIncrement() % 1000),
            SampleApplications.creditCode("130602", SERIALS.getAndIncrement()), person.qualityWorkSince(),
            person.topManager(), person.employerIndustry()),
        sample.declarations(), sample.selfAssessment(), sample.evidence(), sample.conditions()), "test");
    ProcessInstance instance = startPanelReview(runtimeService, application, "ONSITE_REVIEW");
    drawPanel(instance);
    Long drawId = (Long) runtimeService.getVariable(instance.getId(), "drawId");
    List<String> members = panelReviews.memberUserIds(drawId);
    // Art 10 其中含行业专家: the employer's industry (C36) has its seat, and its expert leads
    assertThat(person.employerIndustry()).isEqualTo("C36");
    assertThat(draws.get(drawId).getIndustry()).isEqualTo("C36");
    String leader = panelReviews.leaderUserId(drawId);
    assertThat(leader).isIn(members);
    assertThat(expertPool.all()).filteredOn(e -> e.getUserId().equals(leader)).singleElement()
        .satisfies(e -> assertThat(e.getIndustries()).anyMatch(code -> code.startsWith("C36")));

    List<String> fractions = List.of("0.9", "0.8", "0.85");
    for (int i = 0; i < members.size(); i++) {
      taskService.complete(memberTask(taskService, application, DECLARE_CONFLICT, members.get(i)).getId(),
          Map.of("conflictOfInterest", false, "confidentialityUndertaking", true));
      Task scoringTask = memberTask(taskService, application, SCORE_INDIVIDUAL, members.get(i));
      assertThat(formService.getTaskFormVariables(scoringTask.getId())).containsEntry("stageLabel", "现场评审");
      taskService.complete(scoringTask.getId(), scores(INDIVIDUAL_SHEET, fractions.get(i)));
    }
    BpmnAwareTests.assertThat(instance).isWaitingAt(CONSOLIDATE_PANEL);
    BpmnAwareTests.complete(BpmnAwareTests.task(instance), agreed(INDIVIDUAL_SHEET));

    BpmnAwareTests.assertThat(instance).isEnded();
    PanelReport report = scoring.panelReport(application.getId(), ReviewStage.ONSITE_REVIEW);
    assertThat(report.getSheetId()).isEqualTo("IND-100");
    assertThat(report.getPanelScore()).isEqualByComparingTo("85");
  }

  @Test
  @DisplayName("Art 10: a pool without an expert of the case's industry stops the draw as an incident naming what is missing; new experts and retries resolve it")
  void poolCannotFormPanel() {
    ApplicationSubmission sample = SampleApplications.organization(edition.getId(), "R-ASSOC-QA",
        SERIALS.getAndIncrement(), LocalDate.of(2010, 1, 1));
    OrganizationProfile org = sample.organization();
    Application application = submissions.register(new ApplicationSubmission(sample.editionId(), sample.kind(),
        sample.recommenderCode(), new OrganizationProfile("保定某制药有限公司", org.creditCode(), org.registeredOn(),
            org.registrationAuthority(), org.registeredAddress(), org.groupCreditCode(), "C2710", org.chiefQualityOfficer(), org.topManagerName()),
        null, sample.declarations(), sample.selfAssessment(), sample.evidence(), sample.conditions()), "test");
    ProcessInstance instance = startPanelReview(runtimeService, application, "DOCUMENT_REVIEW");
    Job draw = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();

    for (int attempt = 0; attempt < 3; attempt++) {
      assertThatThrownBy(() -> managementService.executeJob(draw.getId()))
          .hasMessageContaining("无 C27 行业专家");
    }

    Incident incident = runtimeService.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(incident).isNotNull();
    assertThat(incident.getActivityId()).isEqualTo(DRAW_PANEL);
    assertThat(incident.getIncidentMessage()).contains("无 C27 行业专家").contains("资料评审");
    BpmnAwareTests.assertThat(instance).isWaitingAt(DRAW_PANEL);

    String pharmacist = SampleExperts.ensureIndustry(expertPool, identityService, "C27", 1, 8900).get(0);
    managementService.setJobRetries(draw.getId(), 1);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    managementService.executeJob(draw.getId());

    BpmnAwareTests.assertThat(instance).isWaitingAt(MEMBER_REVIEWS);
    assertThat(panelReviews.memberUserIds((Long) runtimeService.getVariable(instance.getId(), "drawId")))
        .hasSize(3).contains(pharmacist);
  }

  @Test
  @DisplayName("Issue 12: members write strengths and opportunities per category; the leader reads them and must agree the panel's own, which the report keeps")
  void reviewComments() {
    Application application = organization();
    ProcessInstance instance = startPanelReview(runtimeService, application, "DOCUMENT_REVIEW");
    drawPanel(instance);
    List<String> members = panelReviews.memberUserIds((Long) runtimeService.getVariable(instance.getId(), "drawId"));
    for (int i = 0; i < members.size(); i++) {
      taskService.complete(memberTask(taskService, application, DECLARE_CONFLICT, members.get(i)).getId(),
          Map.of("conflictOfInterest", false, "confidentialityUndertaking", true));
      Map<String, Object> sheet = scores(ORGANIZATION_SHEET, "0.8");
      sheet.put("strengths_LEADERSHIP", "成员" + i + "：高层领导亲自推动质量战略");
      if (i == 0) {
        sheet.put("opportunities_RESULTS", "x".repeat(2001));
        Task tooLong = memberTask(taskService, application, SCORE_ORGANIZATION, members.get(i));
        assertThatThrownBy(() -> taskService.complete(tooLong.getId(), sheet))
            .rootCause().isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("opportunities_RESULTS").hasMessageContaining("不能超过 2000 个字");
        sheet.put("opportunities_RESULTS", "成员0：缺少与标杆的对比");
      }
      taskService.complete(memberTask(taskService, application, SCORE_ORGANIZATION, members.get(i)).getId(), sheet);
    }
    Task consolidation = BpmnAwareTests.task(instance);
    assertThat(taskService.getVariable(consolidation.getId(), "sheetId")).isEqualTo("GBT19580-ORG");
    assertThat((String) taskService.getVariable(consolidation.getId(), "memberComments_LEADERSHIP"))
        .contains("成员0：高层领导亲自推动质量战略").contains("成员2：高层领导亲自推动质量战略").contains(members.get(1));
    assertThat((String) taskService.getVariable(consolidation.getId(), "memberComments_RESULTS"))
        .contains("改进机会：成员0：缺少与标杆的对比").contains("优势：（未填写）");

    Map<String, Object> incomplete = agreed(ORGANIZATION_SHEET);
    incomplete.remove("agreedOpportunities_STRATEGY");
    incomplete.put("agreedStrengths_RESULTS", "  ");
    assertThatThrownBy(() -> taskService.complete(consolidation.getId(), incomplete))
        .rootCause().isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("agreedOpportunities_STRATEGY").hasMessageContaining("为必填项")
        .hasMessageContaining("agreedStrengths_RESULTS");
    BpmnAwareTests.assertThat(instance).isWaitingAt(CONSOLIDATE_PANEL);

    taskService.complete(consolidation.getId(), agreed(ORGANIZATION_SHEET));

    PanelReport report = scoring.panelReport(application.getId(), ReviewStage.DOCUMENT_REVIEW);
    assertThat(report.getCategories()).extracting(PanelReport.Category::getCategoryCode)
        .containsExactlyElementsOf(ORGANIZATION_SHEET.keySet());
    PanelReport.Category leadership = report.getCategories().get(0);
    assertThat(leadership.getStrengths()).isEqualTo("LEADERSHIP 一致优势：方法系统、展开充分");
    assertThat(leadership.getOpportunities()).isEqualTo("LEADERSHIP 一致改进机会：结果的趋势对比不足");
    assertThat(leadership.getPanelScore()).isEqualByComparingTo("88");
  }

  @Test
  @DisplayName("Art 18: a member far from the mean is flagged; the leader cannot accept the report without a consensus note")
  void flaggedMemberNeedsConsensusNote() {
    Application application = organization();
    ProcessInstance instance = startPanelReview(runtimeService, application, "DOCUMENT_REVIEW");
    drawPanel(instance);
    List<String> members = panelReviews.memberUserIds((Long) runtimeService.getVariable(instance.getId(), "drawId"));
    List<String> fractions = List.of("0.8", "0.8", "0.5");
    for (int i = 0; i < members.size(); i++) {
      taskService.complete(memberTask(taskService, application, DECLARE_CONFLICT, members.get(i)).getId(),
          Map.of("conflictOfInterest", false, "confidentialityUndertaking", true));
      taskService.complete(memberTask(taskService, application, SCORE_ORGANIZATION, members.get(i)).getId(),
          scores(ORGANIZATION_SHEET, fractions.get(i)));
    }
    assertThat((String) runtimeService.getVariable(instance.getId(), "panelSummary"))
        .contains("（" + members.get(2) + "）：500.00").contains("须合议");
    Task consolidation = BpmnAwareTests.task(instance);

    assertThatThrownBy(() -> taskService.complete(consolidation.getId(), agreed(ORGANIZATION_SHEET)))
        .rootCause().isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("consensusNote").hasMessageContaining(members.get(2));
    assertThat(taskService.createTaskQuery().taskId(consolidation.getId()).singleResult()).isNotNull();
    BpmnAwareTests.assertThat(instance).isWaitingAt(CONSOLIDATE_PANEL);

    Map<String, Object> withNote = agreed(ORGANIZATION_SHEET);
    withNote.put("consensusNote", "经合议，该成员对结果类目的扣分依据充分，维持原评分");
    taskService.complete(consolidation.getId(), withNote);

    BpmnAwareTests.assertThat(instance).isEnded();
    PanelReport report = scoring.panelReport(application.getId(), ReviewStage.DOCUMENT_REVIEW);
    assertThat(report.getPanelScore()).isEqualByComparingTo("700");
    assertThat(report.flaggedMembers()).containsExactly(members.get(2));
    assertThat(report.getConsensusNote()).startsWith("经合议");
  }

  private Application organization() {
    return submissions.register(SampleApplications.organization(edition.getId(), "R-ASSOC-QA",
        SERIALS.getAndIncrement(), LocalDate.of(2010, 1, 1)), "test");
  }

  static ProcessInstance startPanelReview(RuntimeService runtimeService, Application application, String stage) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("applicationId", application.getId());
    variables.put("stage", stage);
    // as the edition's and the renewal's call activities name it (PanelCaseVariables.businessKey)
    return runtimeService.startProcessInstanceByKey("panel-review",
        ReviewStage.valueOf(stage).panelBusinessKey(application.getApplicationNumber()), variables);
  }

  private void drawPanel(ProcessInstance instance) {
    Job job = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(DRAW_PANEL)
        .singleResult();
    managementService.executeJob(job.getId());
  }

  private List<ProcessInstance> memberInstances(ProcessInstance instance) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).list();
  }

  static Task memberTask(TaskService taskService, Application application, String taskKey, String assignee) {
    Task task = taskService.createTaskQuery().taskDefinitionKey(taskKey).taskAssignee(assignee)
        .processVariableValueEquals("applicationId", application.getId()).singleResult();
    assertThat(task).as("%s of %s", taskKey, assignee).isNotNull();
    return task;
  }

  private Long expertId(String userId) {
    return expertPool.all().stream().filter(e -> e.getUserId().equals(userId)).map(Expert::getId).findFirst()
        .orElseThrow();
  }

  /** Every category at {@code fraction} of its maximum, with a remark, as the scoring form submits them. */
  static Map<String, Object> scores(Map<String, BigDecimal> sheet, String fraction) {
    Map<String, Object> variables = new HashMap<>();
    sheet.forEach((code, max) -> {
      variables.put("score_" + code, max.multiply(new BigDecimal(fraction)).doubleValue());
      variables.put("remark_" + code, code + " 依据自评报告与证实性材料评定");
    });
    return variables;
  }

  /** The leader's agreed strengths and opportunities for every category, as the consolidation form submits them. */
  static Map<String, Object> agreed(Map<String, BigDecimal> sheet) {
    Map<String, Object> variables = new HashMap<>();
    sheet.keySet().forEach(code -> {
      variables.put("agreedStrengths_" + code, code + " 一致优势：方法系统、展开充分");
      variables.put("agreedOpportunities_" + code, code + " 一致改进机会：结果的趋势对比不足");
    });
    return variables;
  }

  private static Map<String, BigDecimal> orderedSheet(Object... codesAndMaxima) {
    Map<String, BigDecimal> sheet = new java.util.LinkedHashMap<>();
    for (int i = 0; i < codesAndMaxima.length; i += 2) {
      sheet.put((String) codesAndMaxima[i], BigDecimal.valueOf((Integer) codesAndMaxima[i + 1]));
    }
    return sheet;
  }
}
