package org.qualityaward.honour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qualityaward.evaluation.PanelMemberReviewModel.DECLARE_CONFLICT;
import static org.qualityaward.evaluation.PanelMemberReviewModel.SCORE_INDIVIDUAL;
import static org.qualityaward.evaluation.PanelMemberReviewModel.SCORE_ORGANIZATION;
import static org.qualityaward.evaluation.PanelReviewModel.CONSOLIDATE_PANEL;
import static org.qualityaward.honour.HonourModel.ACCEPT_RENEWAL;
import static org.qualityaward.honour.HonourModel.CHASE_OVERDUE_VISIT;
import static org.qualityaward.honour.HonourModel.CHECK_RENEWAL_CONDITIONS;
import static org.qualityaward.honour.HonourModel.END_HONOUR_ENDED;
import static org.qualityaward.honour.HonourModel.END_HONOUR_REVOKED;
import static org.qualityaward.honour.HonourModel.END_OVERDUE_CHASED;
import static org.qualityaward.honour.HonourModel.END_VISIT_RECORDED;
import static org.qualityaward.honour.HonourModel.EXPIRE_HONOUR;
import static org.qualityaward.honour.HonourModel.RECORD_NOT_RENEWED;
import static org.qualityaward.honour.HonourModel.RECORD_NO_RENEWAL_REQUEST;
import static org.qualityaward.honour.HonourModel.REISSUE_HONOUR;
import static org.qualityaward.honour.HonourModel.RENEWAL_CITY_APPROVAL;
import static org.qualityaward.honour.HonourModel.RENEWAL_DOCUMENT_REVIEW;
import static org.qualityaward.honour.HonourModel.RENEWAL_DONE;
import static org.qualityaward.honour.HonourModel.RENEWAL_LEADING_GROUP_REVIEW;
import static org.qualityaward.honour.HonourModel.RENEWAL_MATERIAL_DUE;
import static org.qualityaward.honour.HonourModel.RENEWAL_FOR;
import static org.qualityaward.honour.HonourModel.RENEWAL_NOTICE;
import static org.qualityaward.honour.HonourModel.RENEWAL_WINDOW_CLOSES;
import static org.qualityaward.honour.HonourModel.REQUEST_RENEWAL;
import static org.qualityaward.honour.HonourModel.RETURN_VISIT;
import static org.qualityaward.honour.HonourModel.RETURN_VISITS;
import static org.qualityaward.honour.HonourModel.STOP_RENEWAL_ON_REVOCATION;
import static org.qualityaward.honour.HonourModel.SUBMIT_RENEWAL_MATERIAL;
import static org.qualityaward.honour.HonourModel.VALIDITY_ENDS;
import static org.qualityaward.honour.HonourModel.VISITS_DONE;
import static org.qualityaward.honour.HonourModel.VISIT_DUE;
import static org.qualityaward.honour.HonourModel.VISIT_OVERDUE;
import static org.qualityaward.honour.HonourModel.VISIT_WINDOW_CLOSES;
import static org.qualityaward.publicity.ObjectionModel.CONCLUDE_OBJECTION;
import static org.qualityaward.publicity.ObjectionModel.INVESTIGATE_OBJECTION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.application.ApplicantCases;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationCases;
import org.qualityaward.application.ApplicationOutcome;
import org.qualityaward.application.ApplicationStage;
import org.qualityaward.application.ApplicationSubmission;
import org.qualityaward.application.ApplicationSubmissions;
import org.qualityaward.commendation.Commendation;
import org.qualityaward.commendation.Commendations;
import org.qualityaward.edition.Edition;
import org.qualityaward.edition.EditionService;
import org.qualityaward.edition.NewEdition;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.eligibility.Finding;
import org.qualityaward.eligibility.IndividualProfile;
import org.qualityaward.eligibility.OrganizationProfile;
import org.qualityaward.expert.ExpertPool;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.publicity.objection.FileObjectionCommand;
import org.qualityaward.publicity.objection.Objection;
import org.qualityaward.publicity.objection.ObjectionService;
import org.qualityaward.renewal.Renewal;
import org.qualityaward.renewal.RenewalState;
import org.qualityaward.renewal.Renewals;
import org.qualityaward.review.Rankings;
import org.qualityaward.review.ReviewStage;
import org.qualityaward.review.Scoring;
import org.qualityaward.revocation.RevocationFixtures;
import org.qualityaward.revocation.RevocationGround;
import org.qualityaward.revocation.Revocations;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.EngineTables;
import org.qualityaward.testing.ProcessTest;
import org.qualityaward.testing.SampleApplications;
import org.qualityaward.testing.SampleExperts;
import org.qualityaward.testing.TestCalendars;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The honour model (Art 24, 30, 31, 33) on the real engine, timers moved years ahead: return visits
 * with the overdue escalation, expiry, the renewal invitation (declined, unanswered, applied), the
 * re-evaluation through panel-review, the award minimum, the leading group, the publicity and the city
 * government, the reissue, and a revocation that ends everything. Awarded Monday 1 June 2026: visits
 * fall due 1 June 2028 and 2030, the invitation arrives 3 March 2031, the validity ends 1 June 2031.
 * The calendar after 2026 is weekends only (test data); the award minimum is the shipped 600 on the 1000 scale.
 */
@ProcessTest
class HonourProcessTest {

  private static final AtomicInteger SERIALS = new AtomicInteger(9700);
  private static final LocalDate AWARDED_ON = LocalDate.of(2026, 6, 1);
  private static final LocalDate FIRST_VISIT = LocalDate.of(2028, 6, 1);
  private static final LocalDate SECOND_VISIT = LocalDate.of(2030, 6, 1);
  private static final LocalDate INVITATION = LocalDate.of(2031, 3, 3);
  private static final LocalDate EXPIRY = LocalDate.of(2031, 6, 1);
  private static final String HOLDER_USER = "holder9700";
  private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
      .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  @DynamicPropertySource
  static void laterYears(DynamicPropertyRegistry registry) {
    String folder = TestCalendars.weekendsOnly(2027, 2040);
    registry.add("qa.calendar.folder", () -> folder);
  }

  @Autowired ProcessEngine engine;
  @Autowired Honours honours;
  @Autowired HonourRepository honourRepository;
  @Autowired HonourViews views;
  @Autowired Renewals renewals;
  @Autowired Commendations commendations;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired ExpertPool expertPool;
  @Autowired EditionService editions;
  @Autowired ApplicationSubmissions submissions;
  @Autowired ApplicationCases cases;
  @Autowired ApplicantCases applicantCases;
  @Autowired Scoring scoring;
  @Autowired Rankings rankings;
  @Autowired ObjectionService objections;
  @Autowired JdbcTemplate jdbc;

  private final Set<String> roots = new LinkedHashSet<>();
  private LocalDateTime now;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    SampleExperts.ensurePool(expertPool, identityService, 4);
    now = null;
    roots.clear();
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  // ---- validity, visits, invitation ----------------------------------------------------------------

  @Test
  @DisplayName("Art 31, 33: an organisation is visited at the end of years 2 and 4 by the city and its county regulator; the invitation goes to the holder and closes unanswered when the validity ends; the honour expires")
  void organisationVisitedThenExpiresWithoutRenewal() {
    Honour honour = conferOrganisation();
    ProcessInstance instance = instanceOf(honour);
    assertThat(honour.getValidUntil()).isEqualTo(LocalDate.of(2031, 5, 31));
    assertThat(honours.returnVisitDates(honour.getId())).containsExactly("2028-06-01", "2030-06-01");
    BpmnAwareTests.assertThat(instance).isWaitingAt(VISIT_DUE, VALIDITY_ENDS, RENEWAL_NOTICE);

    advanceTo(FIRST_VISIT.atStartOfDay().minusMinutes(1));
    assertThat(task(instance, RETURN_VISIT)).isNull();
    advanceTo(FIRST_VISIT.atTime(9, 0));
    Task visit = task(instance, RETURN_VISIT);
    // 1306 02: the holder's credit code places it in 竞秀区, whose regulator is R-JX-MSR
    assertThat(candidateGroups(visit)).containsExactlyInAnyOrder("market-regulator", "recommender-R-JX-MSR");
    assertThat(taskService.getVariable(visit.getId(), "holderName")).isEqualTo(honour.getHolderName());
    // Art 31: on time through the 20th working day (due day counted), the day before the overdue escalation
    assertThat(visit.getName()).isEqualTo("回访获奖组织：" + honour.getHolderName());
    assertThat(visit.getDueDate()).isEqualTo(endOf(LocalDate.of(2028, 6, 28)));
    assertThat(formService.getTaskFormVariables(visit.getId()).get("dueDateLabel")).isEqualTo("2028-06-28（星期三）前办结");
    assertThat(visit.getDescription()).contains("第三十一条").endsWith("办理期限：2028-06-28（星期三）前办结。");
    assertThatThrownBy(() -> taskService.complete(visit.getId(), visitForm(FIRST_VISIT.plusDays(1))))
        .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("visitedOn").hasMessageContaining("不能晚于今天");
    assertThatThrownBy(() -> taskService.complete(visit.getId(), Map.of("visitedOn", FIRST_VISIT.toString())))
        .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("participants")
        .hasMessageContaining("findings").hasMessageContaining("followUp");
    taskService.complete(visit.getId(), visitForm(FIRST_VISIT));
    assertThat(task(instance, RETURN_VISIT)).isNull();

    advanceTo(SECOND_VISIT.atTime(9, 0));
    advanceTo(SECOND_VISIT.plusDays(3).atTime(17, 0));
    completeVisit(instance, SECOND_VISIT.plusDays(3));

    advanceTo(INVITATION.atStartOfDay().minusMinutes(1));
    assertThat(task(instance, REQUEST_RENEWAL)).isNull();
    int windowNotices = renewalWindowNotices();
    advanceTo(INVITATION.atTime(9, 0));
    Task invitation = task(instance, REQUEST_RENEWAL);
    assertThat(invitation.getAssignee()).isEqualTo(HOLDER_USER);
    // issue 17: the holder is told the renewal window is open, on their pages (and by mail where configured)
    assertThat(renewalWindowNotices()).isEqualTo(windowNotices + 1);
    // Art 33 期满可提出复评申请: the request stays open 90 days after the validity's last day (31 May 2031)
    assertThat(invitation.getName()).isEqualTo("复评申请：" + honour.getHolderName());
    assertThat(invitation.getDueDate()).isEqualTo(endOf(LocalDate.of(2031, 8, 29)));
    assertThat(formService.getTaskFormVariables(invitation.getId()).get("dueDateLabel")).isEqualTo("2031-08-29（星期五）前办结");
    assertThat(taskService.getVariable(invitation.getId(), "validUntil")).isEqualTo("2031-05-31");
    assertThat(taskService.getVariable(invitation.getId(), "requestUntil")).isEqualTo("2031-08-29");

    advanceTo(EXPIRY.atStartOfDay().minusMinutes(1));
    assertThat(state(honour)).isEqualTo(HonourState.VALID);
    advanceTo(EXPIRY.atStartOfDay());
    assertThat(state(honour)).isEqualTo(HonourState.EXPIRED);
    assertThat(task(instance, REQUEST_RENEWAL)).as("still open after the expiry").isNotNull();
    advanceTo(LocalDate.of(2031, 8, 30).atStartOfDay());

    BpmnAwareTests.assertThat(instance).isEnded()
        .hasPassed(RENEWAL_WINDOW_CLOSES, RECORD_NO_RENEWAL_REQUEST, EXPIRE_HONOUR,
            END_VISIT_RECORDED, END_HONOUR_ENDED)
        .hasNotPassed(CHASE_OVERDUE_VISIT);
    assertThat(state(honour)).isEqualTo(HonourState.EXPIRED);
    assertThat(renewals.of(honour.getId())).extracting(Renewal::getState).containsExactly(RenewalState.NOT_REQUESTED);
    assertThat(views.detail(honour.getId(), false).history()).extracting(HonourHistory.Event::type)
        .containsExactly("CONFERRED", "RETURN_VISIT", "RETURN_VISIT", "EXPIRED", "RENEWAL_NOT_REQUESTED");
  }

  private int renewalWindowNotices() {
    return jdbc.queryForObject("select count(*) from notification where recipient = ? and kind = 'RENEWAL_OPEN'",
        Integer.class, HOLDER_USER);
  }

  @Test
  @DisplayName("Art 33 期满可提出复评申请: a holder requests renewal after the validity ended; the renewal case opens on the expired honour")
  void renewalRequestedAfterExpiry() {
    Honour honour = conferOrganisation();
    ProcessInstance instance = instanceOf(honour);
    visitOnTime(instance);
    advanceTo(EXPIRY.plusDays(20).atTime(9, 0));
    assertThat(state(honour)).isEqualTo(HonourState.EXPIRED);

    taskService.complete(task(instance, REQUEST_RENEWAL).getId(), Map.of("renewalRequested", true,
        "selfAssessment", "有效期内持续推行卓越绩效模式", "contact", "王五 13803121234"));
    runDueJobs();

    BpmnAwareTests.assertThat(instance).hasPassed(EXPIRE_HONOUR).isWaitingAt(SUBMIT_RENEWAL_MATERIAL);
    assertThat(renewals.of(honour.getId())).extracting(Renewal::getState).containsExactly(RenewalState.UNDER_REVIEW);
    // PIPL: the contact's phone is in the renewal record, never in the engine's variables or history
    assertThat(EngineTables.rowsContaining(jdbc, "13803121234")).isEmpty();
    honours.revoke(honour.getId(), EXPIRY.plusDays(20)); // leaves no timers behind
  }

  @Test
  @DisplayName("Art 33 with Art 32: the conditions are checked again when the renewal opens; a holder banned since cannot be renewed, the finding its reason")
  void renewalConditionsFail() {
    Honour honour = conferOrganisation();
    ProcessInstance instance = instanceOf(honour);
    // an earlier nomination of the same organisation was revoked within 5 years: banned (Art 32)
    Honour revoked = honours.confer(honour.getHolderName(), ApplicationKind.ORGANIZATION, AwardLevel.NOMINATION,
        honour.getHolderCreditCode(), null, null, 1L, AWARDED_ON, null, null);
    honours.revoke(revoked.getId(), AWARDED_ON.plusYears(3));
    jdbc.update("insert into ban (subject_name, subject_credit_code, revoked_on, banned_until, honour_id, grounds)"
        + " values (?, ?, ?, ?, ?, ?)", honour.getHolderName(), honour.getHolderCreditCode(), AWARDED_ON.plusYears(3),
        AWARDED_ON.plusYears(8), revoked.getId(), "以不正当手段骗取提名奖");
    taskService.complete(invitation(instance).getId(), Map.of("renewalRequested", true,
        "selfAssessment", "有效期内持续推行卓越绩效模式", "contact", "王五 13803121234"));
    runDueJobs();
    submitMaterial(instance);

    BpmnAwareTests.assertThat(instance).hasPassed(CHECK_RENEWAL_CONDITIONS, RECORD_NOT_RENEWED)
        .hasNotPassed(RENEWAL_DOCUMENT_REVIEW);
    Application renewal = cases.get(renewals.of(honour.getId()).get(0).getApplicationId());
    assertNotRenewed(honour, renewal, "申报条件复核未通过：BAN（第三十二条）");
    assertThat(cases.latestFindings(renewal.getId())).extracting(Finding::rule).doesNotContain("HOLDER", "ONE-KIND")
        .contains("ORG-REGISTERED", "GROUP", "BAN");
  }

  @Test
  @DisplayName("Art 33 with Art 11(6): the records of the validity come with the request; a line that cannot be read is"
      + " refused naming it, an administrative penalty of the validity fails ORG-CREDIT and the holder is not renewed")
  void renewalConditionsOnTheValidity() {
    Honour honour = conferOrganisation();
    ProcessInstance instance = instanceOf(honour);
    Task invitation = invitation(instance);
    Map<String, Object> request = new HashMap<>(Map.of("renewalRequested", true,
        "selfAssessment", "有效期内持续推行卓越绩效模式", "contact", "王五 13803121234",
        "creditRecords", "2030-13-01 行政处罚 产品质量不合格被罚款"));

    assertThatThrownBy(() -> taskService.complete(invitation.getId(), request))
        .rootCause().isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("信用记录第1行").hasMessageContaining("YYYY-MM-DD");
    request.put("creditRecords", "2031-12-01 行政处罚 产品质量不合格被罚款");
    assertThatThrownBy(() -> taskService.complete(invitation.getId(), request))
        .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("晚于今日");
    request.put("creditRecords", "2030-05-10 行政处罚 产品质量不合格被罚款");
    taskService.complete(invitation.getId(), request);
    assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance.getId())
        .variableName("creditRecords").count()).as("the task's own, not the honour process's").isZero();
    runDueJobs();
    submitMaterial(instance);

    BpmnAwareTests.assertThat(instance).hasPassed(CHECK_RENEWAL_CONDITIONS, RECORD_NOT_RENEWED)
        .hasNotPassed(RENEWAL_DOCUMENT_REVIEW);
    Application renewal = cases.get(renewals.of(honour.getId()).get(0).getApplicationId());
    assertNotRenewed(honour, renewal, "ORG-CREDIT");
  }

  @Test
  @DisplayName("Art 31: a visit not recorded 20 working days after it fell due escalates to the quality office, whose chase is recorded; the visit task stays with the regulators until the validity ends")
  void overdueVisitEscalates() {
    Honour honour = conferOrganisation();
    ProcessInstance instance = instanceOf(honour);
    advanceTo(FIRST_VISIT.atTime(9, 0));
    Job overdue = managementService.createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId(VISIT_OVERDUE).singleResult();
    // day 1 is Thursday 1 June; the 20th working day is Wednesday 28 June (weekends only)
    assertThat(overdue.getDuedate()).isEqualTo(startOf(LocalDate.of(2028, 6, 29)));

    advanceTo(LocalDate.of(2028, 6, 28).atTime(23, 0));
    assertThat(task(instance, CHASE_OVERDUE_VISIT)).isNull();
    advanceTo(LocalDate.of(2028, 6, 29).atTime(9, 0));
    Task chase = task(instance, CHASE_OVERDUE_VISIT);
    assertThat(candidateGroups(chase)).containsExactly("quality-office");
    // configured (Task_ChaseOverdueVisit: 5): the working days after Thursday 29 June, 30 June – 6 July
    assertThat(chase.getName()).isEqualTo("督办逾期回访：" + honour.getHolderName());
    assertThat(chase.getDueDate()).isEqualTo(endOf(LocalDate.of(2028, 7, 6)));
    assertThat(formService.getTaskFormVariables(chase.getId()).get("dueDateLabel")).isEqualTo("2028-07-06（星期四）前办结");
    assertThat(task(instance, RETURN_VISIT)).isNotNull();
    assertThatThrownBy(() -> taskService.complete(chase.getId(), Map.of("chaseActions", " ")))
        .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("chaseActions");
    taskService.complete(chase.getId(), Map.of("chaseActions", "电话督促竞秀区市场监管局，要求7月10日前完成回访"));
    advanceTo(LocalDate.of(2028, 7, 5).atTime(17, 0));
    completeVisit(instance, LocalDate.of(2028, 7, 5));

    BpmnAwareTests.assertThat(instance).hasPassed(CHASE_OVERDUE_VISIT, END_OVERDUE_CHASED, END_VISIT_RECORDED);
    assertThat(views.detail(honour.getId(), false).history()).extracting(HonourHistory.Event::type)
        .containsExactly("CONFERRED", "RETURN_VISIT_OVERDUE", "RETURN_VISIT");

    // the second visit is never recorded: when the validity ends the visits are over with it
    advanceTo(SECOND_VISIT.atTime(9, 0));
    assertThat(task(instance, RETURN_VISIT)).isNotNull();
    advanceTo(EXPIRY.atTime(0, 1));
    // only the renewal request stays open after the expiry (Art 33 期满可提出复评申请)
    BpmnAwareTests.assertThat(instance).hasPassed(VISIT_WINDOW_CLOSES, EXPIRE_HONOUR).isWaitingAt(REQUEST_RENEWAL);
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).list())
        .extracting(Task::getTaskDefinitionKey).containsExactly(REQUEST_RENEWAL);
    assertThat(state(honour)).isEqualTo(HonourState.EXPIRED);
  }

  @Test
  @DisplayName("Art 31, 33: an individual is not visited; declining the renewal invitation lets the honour expire")
  void individualDeclinesRenewal() {
    Honour honour = conferIndividual();
    ProcessInstance instance = instanceOf(honour);
    BpmnAwareTests.assertThat(instance).isWaitingAt(VALIDITY_ENDS, RENEWAL_NOTICE)
        .hasPassed(VISITS_DONE).hasNotPassed(RETURN_VISITS);

    advanceTo(INVITATION.atTime(9, 0));
    Task invitation = task(instance, REQUEST_RENEWAL);
    assertThatThrownBy(() -> taskService.complete(invitation.getId(), Map.of("renewalRequested", true)))
        .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("selfAssessment").hasMessageContaining("contact");
    taskService.complete(invitation.getId(), Map.of("renewalRequested", false));
    BpmnAwareTests.assertThat(instance).hasPassed(RENEWAL_DONE).isWaitingAt(VALIDITY_ENDS);

    advanceTo(EXPIRY.atTime(0, 1));
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_HONOUR_ENDED);
    assertThat(state(honour)).isEqualTo(HonourState.EXPIRED);
    assertThat(renewals.of(honour.getId())).extracting(Renewal::getState).containsExactly(RenewalState.DECLINED);
  }

  @Test
  @DisplayName("Art 33: an honour recorded without its applicant user sends the renewal invitation to the quality office, which enters the holder's written answer")
  void invitationWithoutHolderUser() {
    Honour honour = conferWithoutApplication(AwardLevel.AWARD);
    ProcessInstance instance = instanceOf(honour);
    // 130699 is no county of a recommender: the city regulators visit alone
    advanceTo(FIRST_VISIT.atTime(9, 0));
    assertThat(candidateGroups(task(instance, RETURN_VISIT))).containsExactly("market-regulator");
    visitOnTime(instance);
    advanceTo(INVITATION.atTime(9, 0));

    Task invitation = task(instance, REQUEST_RENEWAL);
    assertThat(invitation.getAssignee()).isNull();
    assertThat(candidateGroups(invitation)).containsExactly("quality-office");
    // without the winning application there is no profile to re-evaluate
    assertThatThrownBy(() -> taskService.complete(invitation.getId(), Map.of("renewalRequested", true,
        "selfAssessment", "自评", "contact", "王五 13803121234")))
        .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("未记录获奖申报");
    honours.revoke(honour.getId(), INVITATION); // leaves no timers behind
  }

  @Test
  @DisplayName("Art 3, 31, 33: a nomination lives five years: the organisation is visited, no renewal is offered, and it expires on its own; the register shows it valid, then expired")
  void nominationLivesItsValidity() {
    Honour honour = conferWithoutApplication(AwardLevel.NOMINATION);
    ProcessInstance instance = instanceOf(honour);
    BpmnAwareTests.assertThat(instance).hasPassed(RENEWAL_FOR, RENEWAL_DONE).hasNotPassed(RENEWAL_NOTICE)
        .isWaitingAt(VISIT_DUE, VALIDITY_ENDS);
    assertThat(views.list(HonourState.VALID, honour.getHolderName())).extracting(HonourViews.Summary::id)
        .containsExactly(honour.getId());

    advanceTo(FIRST_VISIT.atTime(9, 0));
    visitOnTime(instance);
    advanceTo(INVITATION.atTime(9, 0));
    assertThat(task(instance, REQUEST_RENEWAL)).isNull();
    advanceTo(EXPIRY.atTime(0, 1));

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(EXPIRE_HONOUR, END_HONOUR_ENDED);
    assertThat(state(honour)).isEqualTo(HonourState.EXPIRED);
    assertThat(views.list(HonourState.EXPIRED, honour.getHolderName())).extracting(HonourViews.Summary::state)
        .containsExactly("EXPIRED");
  }

  // ---- renewal ---------------------------------------------------------------------------------------

  @Test
  @DisplayName("Art 33: a renewal passes both panels, the award minimum, the leading group, the publicity and the city government after the old validity ended on time; a new honour starts on the approval day with trophy, plaque and certificate but no prize money")
  void renewalSucceeds() {
    Honour honour = conferOrganisation();
    ProcessInstance instance = instanceOf(honour);
    Application renewal = requestRenewal(honour, instance);
    assertThat(renewal.getEditionId()).isNull();
    assertThat(renewal.getRenewalOfHonourId()).isEqualTo(honour.getId());
    assertThat(renewal.getApplicationNumber()).startsWith("BDQA-R-2031-");
    assertThat(renewal.getSelfAssessment()).isEqualTo("有效期内持续推行卓越绩效模式");

    scorePanels(instance, renewal, "800", "760");
    // scored like an application, but in no edition: no ranking, quota or edition gate sees it
    assertThat(scoring.panelReport(renewal.getId(), ReviewStage.ONSITE_REVIEW).getEditionId()).isNull();
    assertThat(rankings.ranking(honour.getEditionId()).cases()).isEmpty();
    Task review = task(instance, RENEWAL_LEADING_GROUP_REVIEW);
    assertThat((String) taskService.getVariable(review.getId(), "renewalSummary"))
        .contains("资料评审 800.00 分，现场评审 760.00 分，累计得分折合千分制 780.00；授奖最低分 600.00", "达到授奖分数");
    // its form's header names the renewal case (from our records when it opens), not a stored variable
    assertThat(formService.getTaskFormVariables(review.getId()).get("caseLine"))
        .isEqualTo("**复评编号**：" + renewal.getApplicationNumber() + "　**获奖者**：" + renewal.getApplicantName());
    decide(instance, RENEWAL_LEADING_GROUP_REVIEW, true);
    Long publicityId = (Long) runtimeService.getVariable(instance.getId(), "publicityId");
    assertThat(publicityId).isNotNull();

    passPublicity(instance);
    advanceTo(EXPIRY.atTime(0, 5)); // the old validity ends while the city government has not decided
    assertThat(state(honour)).isEqualTo(HonourState.EXPIRED);
    BpmnAwareTests.assertThat(instance).isActive().hasPassed(EXPIRE_HONOUR).isWaitingAt(RENEWAL_CITY_APPROVAL);
    advanceTo(LocalDate.of(2031, 6, 10).atTime(9, 0));
    // Art 33: the approval's document is dated 5 June, entered on the 10th; a date after today or before the approval
    // was asked for is refused
    Task cityApproval = task(instance, RENEWAL_CITY_APPROVAL);
    Map<String, Object> approval = new HashMap<>(Map.of("approved", true, "comment", "同意", "approvedOn", "2031-06-11"));
    assertThatThrownBy(() -> taskService.complete(cityApproval.getId(), approval)).rootCause()
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("approvedOn").hasMessageContaining("晚于今日");
    approval.put("approvedOn", "2031-01-05");
    assertThatThrownBy(() -> taskService.complete(cityApproval.getId(), approval)).rootCause()
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("第二十二条");
    approval.put("approvedOn", "2031-06-05");
    taskService.complete(cityApproval.getId(), approval);
    runDueJobs();

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(REISSUE_HONOUR, END_HONOUR_ENDED);
    Renewal done = renewals.of(honour.getId()).get(0);
    assertThat(done.getState()).isEqualTo(RenewalState.RENEWED);
    Honour renewed = honourRepository.findById(done.getNewHonourId()).orElseThrow();
    assertThat(renewed.getRenewalOfHonourId()).isEqualTo(honour.getId());
    assertThat(renewed.getLevel()).isEqualTo(AwardLevel.AWARD);
    assertThat(renewed.getState()).isEqualTo(HonourState.VALID);
    assertThat(renewed.getEditionId()).isNull();
    assertThat(renewed.getHolderUserId()).isEqualTo(HOLDER_USER);
    assertThat(renewed.getAwardedOn()).isEqualTo(LocalDate.of(2031, 6, 5));
    assertThat(renewed.getValidUntil()).isEqualTo(LocalDate.of(2036, 6, 4));
    Commendation reissued = commendations.ofHonour(renewed.getId()).orElseThrow();
    assertThat(reissued.getCertificateNumber()).matches("BDZLJ-2031-F\\d{3}");
    assertThat(reissued.isTrophy()).isTrue();
    assertThat(reissued.isPlaque()).isTrue();
    assertThat(reissued.getPrizeMoney()).isZero();
    assertThat(cases.get(renewal.getId()).getOutcome()).isEqualTo(ApplicationOutcome.RENEWED);
    ProcessInstance next = instanceOf(renewed);
    BpmnAwareTests.assertThat(next).isWaitingAt(VISIT_DUE, VALIDITY_ENDS, RENEWAL_NOTICE);
    assertThat(views.detail(honour.getId(), false).history()).extracting(HonourHistory.Event::type)
        .contains("RENEWAL_REQUESTED", "RENEWAL_REVIEW", "EXPIRED", "RENEWAL_RESULT");
    assertThat(views.detail(renewed.getId(), false).history()).extracting(HonourHistory.Event::summary)
        .contains("颁发证书 " + reissued.getCertificateNumber() + "、奖牌、水晶鼎（杯）（复评后重新颁发，第三十三条）");
    assertThat(views.detail(renewed.getId(), false).history()).extracting(HonourHistory.Event::type)
        .containsExactly("CONFERRED", "COMMENDED", "REISSUED");

    // Art 30, 33: revoked, the renewed honour's holder returns what the renewal handed over: no prize money
    LocalDate meetingDay = LocalDate.of(2031, 6, 10);
    ProcessInstance revocation = runtimeService.startProcessInstanceByKey(Revocations.PROCESS_KEY,
        "test-" + renewed.getId(), Map.of("honourId", renewed.getId(), "proposedGround", RevocationGround.FRAUD.name(),
            "proposal", "复评材料中的检测报告系伪造"));
    Task meeting = taskService.createTaskQuery().processInstanceId(revocation.getId()).singleResult();
    taskService.complete(meeting.getId(), RevocationFixtures.meeting(meetingDay, true, RevocationGround.FRAUD,
        LocalDate.of(2031, 1, 5)));
    List<Task> recall = RevocationFixtures.recallTasks(taskService, revocation.getId());
    assertThat(recall).extracting(Task::getName).containsExactlyInAnyOrder("收回水晶鼎（杯）：" + renewed.getHolderName(),
        "收回奖牌：" + renewed.getHolderName(), "收回证书：" + renewed.getHolderName());
    assertThat(views.detail(renewed.getId(), false).history()).extracting(HonourHistory.Event::summary)
        .contains("荣誉称号于 " + meetingDay + " 撤销，收回水晶鼎（杯）、奖牌、证书，并予以公告（第三十条）");
    recall.forEach(t -> taskService.complete(t.getId(), Map.of("returnedOn", meetingDay.toString())));
    BpmnAwareTests.assertThat(revocation).isEnded();
  }

  @Test
  @DisplayName("Art 31: a holder whose credit code the city issued (1306 00) is visited by the county its registered"
      + " address names, with the city's regulators; without an address, by the city's alone")
  void countyOfTheAddress() {
    EngineClock.startOf(AWARDED_ON);
    String cityIssued = SampleApplications.creditCode("130600", SERIALS.getAndIncrement());
    Honour honour = honours.confer("保定市城区质量有限公司", ApplicationKind.ORGANIZATION, AwardLevel.AWARD, cityIssued,
        null, null, null, AWARDED_ON, null, HOLDER_USER);
    roots.add(instanceOf(honour).getId());
    assertThat(honours.returnVisitGroups(honour.getId())).containsExactly("market-regulator");

    honours.registeredAt(honour.getId(), "河北省涿州市开发区华阳东路 8 号");
    assertThat(honours.returnVisitGroups(honour.getId()))
        .containsExactlyInAnyOrder("market-regulator", "recommender-R-ZZ-MSR");
  }

  @Test
  @DisplayName("Art 33: the new validity starts the day after the old one ends when the renewal is approved before that")
  void reissueBeforeExpiryContinuesTheValidity() {
    Honour honour = conferOrganisation();
    Honour renewed = honours.reissue(honour.getId(), LocalDate.of(2031, 4, 20), honour.getApplicationId());
    assertThat(renewed.getAwardedOn()).isEqualTo(EXPIRY);
    assertThat(renewed.getValidUntil()).isEqualTo(LocalDate.of(2036, 5, 31));
    honours.revoke(renewed.getId(), AWARDED_ON);
    honours.revoke(honour.getId(), AWARDED_ON);
  }

  @Test
  @DisplayName("Art 30, 32, 33: revoking an honour revokes the honour its renewal reissued; the holder keeps no valid award")
  void revokingAnHonourRevokesItsRenewal() {
    Honour honour = conferOrganisation();
    Honour renewed = honours.reissue(honour.getId(), LocalDate.of(2031, 4, 20), honour.getApplicationId());
    instanceOf(renewed);

    honours.revoke(honour.getId(), LocalDate.of(2031, 5, 10));

    assertThat(honours.get(renewed.getId()).getState()).isEqualTo(HonourState.REVOKED);
    assertThat(honours.get(renewed.getId()).getRevokedOn()).isEqualTo(LocalDate.of(2031, 5, 10));
    assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(Honours.BUSINESS_KEY_PREFIX + renewed.getId()).count()).isZero();
  }

  @Test
  @DisplayName("Art 33: a renewal requested after its last day is refused by the date, though the timer closing the"
      + " invitation has not run yet (a node down, the job executor behind)")
  void renewalRequestAfterTheLastDay() {
    Honour honour = conferOrganisation();
    ProcessInstance instance = instanceOf(honour);
    Task invitation = invitation(instance);
    LocalDate lastDay = honours.lastRenewalRequestDay(honour.getId());
    EngineClock.set(lastDay.plusDays(1).atTime(10, 0)); // jobs not run

    assertThatThrownBy(() -> taskService.complete(invitation.getId(), Map.of("renewalRequested", true,
        "selfAssessment", "有效期内持续推行卓越绩效模式", "contact", "王五 13803121234")))
        .rootCause().isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("renewalRequested").hasMessageContaining("复评申请期限已于 " + lastDay + " 届满");
    assertThat(taskService.createTaskQuery().taskId(invitation.getId()).count()).isOne();
  }

  @Test
  @DisplayName("Art 30: two decisions on one honour at once do not both stand: the later writer is refused, not overwriting")
  void concurrentDecisionsOnAnHonourConflict() {
    Honour honour = conferOrganisation();
    Honour stale = honourRepository.findById(honour.getId()).orElseThrow();

    honours.revoke(honour.getId(), LocalDate.of(2026, 9, 10));
    stale.revoke(LocalDate.of(2026, 9, 11));

    assertThatThrownBy(() -> honourRepository.saveAndFlush(stale))
        .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    assertThat(honours.get(honour.getId()).getRevokedOn()).isEqualTo(LocalDate.of(2026, 9, 10));
  }

  @Test
  @DisplayName("Art 20, 33: a renewal whose cumulative score stays below the award minimum is not renewed; the leading group never sees it")
  void renewalBelowMinimumScore() {
    Honour honour = conferOrganisation();
    ProcessInstance instance = instanceOf(honour);
    Application renewal = requestRenewal(honour, instance);
    scorePanels(instance, renewal, "620", "560"); // 590 on the 1000 scale

    BpmnAwareTests.assertThat(instance).hasPassed(RECORD_NOT_RENEWED).hasNotPassed(RENEWAL_LEADING_GROUP_REVIEW);
    assertNotRenewed(honour, renewal, "复评得分核对未通过", "累计得分折合千分制 590.00；授奖最低分 600.00", "未达到授奖分数");
    advanceTo(EXPIRY.atTime(0, 1));
    BpmnAwareTests.assertThat(instance).isEnded();
  }

  @Test
  @DisplayName("Art 9(5), 33: the leading group refuses the renewal; the old validity still ends on time")
  void renewalRefusedByLeadingGroup() {
    Honour honour = conferOrganisation();
    ProcessInstance instance = instanceOf(honour);
    Application renewal = requestRenewal(honour, instance);
    scorePanels(instance, renewal, "700", "700");
    advanceTo(EXPIRY.atTime(0, 1));
    assertThat(state(honour)).isEqualTo(HonourState.EXPIRED);
    decide(instance, RENEWAL_LEADING_GROUP_REVIEW, false);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(RECORD_NOT_RENEWED);
    assertNotRenewed(honour, renewal, "领导小组审议未通过", "不同意");
  }

  @Test
  @DisplayName("Art 21, 33: an objection upheld during the publicity of the renewal result ends it not renewed")
  void renewalObjectionUpheld() {
    Honour honour = conferOrganisation();
    ProcessInstance instance = instanceOf(honour);
    Application renewal = requestRenewal(honour, instance);
    scorePanels(instance, renewal, "700", "700");
    decide(instance, RENEWAL_LEADING_GROUP_REVIEW, true);
    Long publicityId = (Long) runtimeService.getVariable(instance.getId(), "publicityId");

    Objection objection = objections.file(publicityId, new FileObjectionCommand("赵六", "13803120000", renewal.getId(),
        "有效期内发生质量事故未报告"));
    runDueJobs();
    Task investigation = taskService.createTaskQuery().taskDefinitionKey(INVESTIGATE_OBJECTION)
        .processVariableValueEquals("objectionId", objection.getId()).singleResult();
    taskService.complete(investigation.getId(), Map.of("findings", "经核查，异议反映情况属实"));
    Task conclusion = taskService.createTaskQuery().taskDefinitionKey(CONCLUDE_OBJECTION)
        .processVariableValueEquals("objectionId", objection.getId()).singleResult();
    taskService.complete(conclusion.getId(), Map.of("substantiated", true, "comment", "异议属实",
        "answer", "异议属实，不予继续授予"));
    passPublicity(instance);

    BpmnAwareTests.assertThat(instance).hasPassed(RECORD_NOT_RENEWED).hasNotPassed(RENEWAL_CITY_APPROVAL);
    assertThat(cases.get(renewal.getId()).getOutcome()).isEqualTo(ApplicationOutcome.DISQUALIFIED);
    Renewal done = renewals.of(honour.getId()).get(0);
    assertThat(done.getState()).isEqualTo(RenewalState.NOT_RENEWED);
    assertThat(done.getReason()).startsWith("复评结果公示期间异议成立");
    advanceTo(EXPIRY.atTime(0, 1));
    BpmnAwareTests.assertThat(instance).isEnded();
  }

  @Test
  @DisplayName("Art 22, 33: the city government refuses the renewal")
  void renewalRefusedByCityGovernment() {
    Honour honour = conferOrganisation();
    ProcessInstance instance = instanceOf(honour);
    Application renewal = requestRenewal(honour, instance);
    scorePanels(instance, renewal, "700", "700");
    decide(instance, RENEWAL_LEADING_GROUP_REVIEW, true);
    passPublicity(instance);
    decide(instance, RENEWAL_CITY_APPROVAL, false);

    BpmnAwareTests.assertThat(instance).hasPassed(RECORD_NOT_RENEWED).hasNotPassed(REISSUE_HONOUR);
    assertNotRenewed(honour, renewal, "市政府审批未通过", "不同意");
    advanceTo(EXPIRY.atTime(0, 1));
    BpmnAwareTests.assertThat(instance).isEnded();
    assertThat(honourRepository.findAll()).noneMatch(h -> honour.getId().equals(h.getRenewalOfHonourId()));
  }

  @Test
  @DisplayName("Art 30: a revocation during the renewal's panel review ends the honour process, the panels and the renewal at once")
  void revocationDuringRenewal() {
    Honour honour = conferOrganisation();
    ProcessInstance instance = instanceOf(honour);
    Application renewal = requestRenewal(honour, instance);
    ProcessInstance panel = panelOf(instance);
    assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(panel.getId()).count()).isEqualTo(3);

    honours.revoke(honour.getId(), LocalDate.of(2031, 3, 20));

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(STOP_RENEWAL_ON_REVOCATION, END_HONOUR_REVOKED)
        .hasNotPassed(END_HONOUR_ENDED);
    assertThat(runtimeService.createProcessInstanceQuery().rootProcessInstanceId(instance.getId()).count()).isZero();
    assertThat(state(honour)).isEqualTo(HonourState.REVOKED);
    Renewal ended = renewals.of(honour.getId()).get(0);
    assertThat(ended.getState()).isEqualTo(RenewalState.ENDED_BY_REVOCATION);
    assertThat(cases.get(renewal.getId()).getOutcome()).isEqualTo(ApplicationOutcome.NOT_RENEWED);
    assertThat(cases.get(renewal.getId()).getOutcomeReason()).contains("2031-03-20 撤销");
  }

  @Test
  @DisplayName("Art 33 with Art 16: the renewal case opens for the holder's material, due in 15 working days: it updates"
      + " its self-assessment and uploads the validity's evidence, cannot submit without a file, and after submitting"
      + " changes nothing; the panels review what it submitted")
  void holderSubmitsRenewalMaterial() {
    Honour honour = conferOrganisation();
    ProcessInstance instance = instanceOf(honour);
    Application renewal = requestWithoutMaterial(instance);
    String number = renewal.getApplicationNumber();
    assertThat(renewal.getStage()).isEqualTo(ApplicationStage.RENEWAL_MATERIAL);
    Task material = task(instance, SUBMIT_RENEWAL_MATERIAL);
    assertThat(material.getAssignee()).isEqualTo(HOLDER_USER);
    // opened Monday 3 March 2031, weekends only: the 15th working day is Friday 21 March
    assertThat(renewals.of(honour.getId()).get(0).getMaterialDueOn()).isEqualTo(LocalDate.of(2031, 3, 21));
    assertThat(material.getDueDate().toInstant().atZone(EngineClock.ZONE).toLocalDate()).isEqualTo(LocalDate.of(2031, 3, 21));
    // the holder's list and page show its own step as the case's next, with its last day
    assertThat(applicantCases.nextSteps(renewal)).singleElement()
        .satisfies(step -> assertThat(step.name()).startsWith("提交复评材料"))
        .satisfies(step -> assertThat(step.due()).isEqualTo(LocalDate.of(2031, 3, 21)));

    assertThatThrownBy(() -> taskService.complete(material.getId(), Map.of("materialComplete", true)))
        .rootCause().isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("materialComplete").hasMessageContaining(number + " 尚未上传证实性材料");
    OrganizationProfile before = applicantCases.organizationOf(renewal);
    asUser(HOLDER_USER, () -> {
      applicantCases.correctSelfAssessment(HOLDER_USER, number, "有效期内持续改进：顾客满意度提升至92%");
      // checked by the renewal's rules: as a new application's, the honour it renews would fail HOLDER (Art 33)
      assertThat(applicantCases.correctProfile(HOLDER_USER, number, new OrganizationProfile(before.name(),
          before.creditCode(), before.registeredOn(), before.registrationAuthority(), before.registeredAddress(),
          before.groupCreditCode(), before.industry(), before.chiefQualityOfficer(), "赵六"), null)).isTrue();
      applicantCases.upload(HOLDER_USER, number, "有效期内质量管理报告.pdf", false, PDF);
    });
    taskService.complete(material.getId(), Map.of("materialComplete", true));
    runDueJobs();

    BpmnAwareTests.assertThat(instance).hasPassed(ACCEPT_RENEWAL, CHECK_RENEWAL_CONDITIONS)
        .hasNotPassed(RENEWAL_MATERIAL_DUE).isWaitingAt(RENEWAL_DOCUMENT_REVIEW);
    assertThat(cases.get(renewal.getId()).getSelfAssessment()).isEqualTo("有效期内持续改进：顾客满意度提升至92%");
    assertThat(cases.uploadedEvidence(renewal.getId())).isEqualTo(1);
    assertThat(applicantCases.organizationOf(cases.get(renewal.getId())).topManagerName()).isEqualTo("赵六");
    assertThat(renewals.summary(renewals.of(honour.getId()).get(0).getId()))
        .contains("复评材料：获奖者已提交，证实性材料 1 份");
    assertThatThrownBy(() -> asUser(HOLDER_USER, () -> applicantCases.upload(HOLDER_USER, number, "补充.pdf", false, PDF)))
        .isInstanceOf(ConflictException.class).hasMessageContaining(number + " 的材料已提交或提交期限已届满");
    honours.revoke(honour.getId(), LocalDate.of(2031, 3, 20)); // leaves no timers behind
  }

  @Test
  @DisplayName("Art 33: on a model version without 提交复评材料 (an honour not migrated) the renewal case opens accepted"
      + " at once, as that version goes straight on to 复核申报条件; a request the office entered gives the holder the case")
  void renewalOnAnOlderModelIsAcceptedAtOnce() {
    Honour honour = conferOrganisation();
    invitation(instanceOf(honour));
    Map<String, Object> request = Map.of("renewalRequested", true, "selfAssessment", "有效期内持续推行卓越绩效模式",
        "contact", "王五 13803121234");
    renewals.recordRequest(honour.getId(), request::get, "office1");

    Renewal renewal = renewals.open(honour.getId(), false);

    Application application = cases.get(renewal.getApplicationId());
    assertThat(application.getStage()).isEqualTo(ApplicationStage.ACCEPTED);
    assertThat(renewal.getMaterialDueOn()).isNull();
    assertThat(application.getSubmittedBy()).as("the holder's account, not the office's").isEqualTo(HOLDER_USER);
    honours.revoke(honour.getId(), INVITATION); // leaves no timers behind
  }

  @Test
  @DisplayName("Art 31, 33: a return visit still open when the renewal case opens shows the honour it visits, not the"
      + " renewal case")
  void openVisitShowsTheHonourWhileItsRenewalRuns() {
    Honour honour = conferOrganisation();
    ProcessInstance instance = instanceOf(honour);
    advanceTo(FIRST_VISIT.atTime(9, 0));
    completeVisit(instance, FIRST_VISIT);
    advanceTo(INVITATION.atTime(9, 0)); // the second visit (due 2030) is still not recorded
    Task visit = task(instance, RETURN_VISIT);
    requestWithoutMaterialOnTheDay(instance);

    assertThat(formService.getTaskFormVariables(visit.getId()).get("caseStage"))
        .isEqualTo("荣誉有效期 " + honour.getAwardedOn() + " 至 " + honour.getValidUntil());
    honours.revoke(honour.getId(), INVITATION); // leaves no timers behind
  }

  @Test
  @DisplayName("Art 33: the holder's material closes when its last day is over; the review goes on with what was uploaded"
      + " by then, and the renewal's record says so")
  void renewalMaterialClosesAfterItsLastDay() {
    Honour honour = conferOrganisation();
    ProcessInstance instance = instanceOf(honour);
    Application renewal = requestWithoutMaterial(instance);

    advanceTo(LocalDate.of(2031, 3, 21).atTime(23, 0));
    BpmnAwareTests.assertThat(instance).isWaitingAt(SUBMIT_RENEWAL_MATERIAL);
    advanceTo(LocalDate.of(2031, 3, 22).atTime(0, 5));

    BpmnAwareTests.assertThat(instance).hasPassed(RENEWAL_MATERIAL_DUE, ACCEPT_RENEWAL, CHECK_RENEWAL_CONDITIONS)
        .isWaitingAt(RENEWAL_DOCUMENT_REVIEW);
    assertThat(cases.get(renewal.getId()).getStage()).isEqualTo(ApplicationStage.DOCUMENT_REVIEW);
    assertThat(renewals.summary(renewals.of(honour.getId()).get(0).getId()))
        .contains("复评材料：提交期限 2031-03-21 届满，按已上传的材料复评，证实性材料 0 份");
    honours.revoke(honour.getId(), LocalDate.of(2031, 3, 24)); // leaves no timers behind
  }

  @Test
  @DisplayName("Art 30: a revocation while the holder prepares its renewal material ends the renewal and its case")
  void revocationDuringRenewalMaterial() {
    Honour honour = conferOrganisation();
    ProcessInstance instance = instanceOf(honour);
    Application renewal = requestWithoutMaterial(instance);

    honours.revoke(honour.getId(), LocalDate.of(2031, 3, 10));

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(STOP_RENEWAL_ON_REVOCATION).hasNotPassed(ACCEPT_RENEWAL);
    assertThat(renewals.of(honour.getId()).get(0).getState()).isEqualTo(RenewalState.ENDED_BY_REVOCATION);
    assertThat(cases.get(renewal.getId()).getOutcome()).isEqualTo(ApplicationOutcome.NOT_RENEWED);
    assertThat(cases.get(renewal.getId()).getStage()).isEqualTo(ApplicationStage.CLOSED);
  }

  // ---- helpers ---------------------------------------------------------------------------------------

  /** A winning organisation application of a fresh edition (registered 2026), then its honour. */
  private Honour conferOrganisation() {
    EngineClock.startOf(LocalDate.of(2026, 3, 2));
    Edition edition = EditionDriver.openWithApprovedPlan(editions, taskService, new NewEdition(EditionYears.next(), "荣誉测试届", LocalDate.of(2026, 3, 31)));
    Application won = submissions.register(SampleApplications.organization(edition.getId(), "R-ASSOC-QA",
        SERIALS.getAndIncrement(), LocalDate.of(2010, 1, 1)), HOLDER_USER);
    return confer(won, edition);
  }

  private Honour conferIndividual() {
    EngineClock.startOf(LocalDate.of(2026, 3, 2));
    Edition edition = EditionDriver.openWithApprovedPlan(editions, taskService, new NewEdition(EditionYears.next(), "荣誉测试届", LocalDate.of(2026, 3, 31)));
    int serial = SERIALS.getAndIncrement();
    ApplicationSubmission sample = SampleApplications.individual(edition.getId(), "R-ASSOC-QA", 1, LocalDate.of(2005, 1, 1));
    IndividualProfile person = sample.individual();
    Application won = submissions.register(new ApplicationSubmission(sample.editionId(), sample.kind(),
        sample.recommenderCode(), null, new IndividualProfile(person.name() + serial,
            SampleApplications.idNumber(LocalDate.of(1968, 8, 8), serial % 1000), SampleApplications.creditCode("130602", serial),
            person.qualityWorkSince(), person.topManager(), person.employerIndustry()),
        sample.declarations(), sample.selfAssessment(), sample.evidence(), sample.conditions()), HOLDER_USER);
    return confer(won, edition);
  }

  /** An organisation's honour recorded without its winning application or applicant user (130699: no county). */
  private Honour conferWithoutApplication(AwardLevel level) {
    EngineClock.startOf(AWARDED_ON);
    int serial = SERIALS.getAndIncrement();
    return honours.confer("保定某荣誉测试有限公司" + serial, ApplicationKind.ORGANIZATION, level,
        SampleApplications.creditCode("130699", serial), null, null, 1L, AWARDED_ON, null, null);
  }

  private Honour confer(Application won, Edition edition) {
    advanceTo(AWARDED_ON.atTime(9, 0));
    Honour honour = honours.confer(won.getApplicantName(), won.getKind(), AwardLevel.AWARD, won.getCreditCode(),
        won.getIdNumber(), null, edition.getId(), AWARDED_ON, won.getId(), HOLDER_USER);
    roots.add(instanceOf(honour).getId());
    return honour;
  }

  /** Both visits done on their day, the invitation answered with an application; the draw job run. */
  private Application requestRenewal(Honour honour, ProcessInstance instance) {
    Task invitation = invitation(instance);
    taskService.complete(invitation.getId(), Map.of("renewalRequested", true,
        "selfAssessment", "有效期内持续推行卓越绩效模式", "contact", "王五 13803121234"));
    runDueJobs();
    Application renewal = submitMaterial(instance);
    BpmnAwareTests.assertThat(instance).isWaitingAt(RENEWAL_DOCUMENT_REVIEW);
    return renewal;
  }

  /** The renewal case waiting for its material: the holder uploads one file and submits it; the draw job run. */
  private Application submitMaterial(ProcessInstance instance) {
    Application renewal = renewalCase(instance);
    asUser(HOLDER_USER, () -> applicantCases.upload(HOLDER_USER, renewal.getApplicationNumber(), "有效期内质量管理报告.pdf",
        false, PDF));
    taskService.complete(task(instance, SUBMIT_RENEWAL_MATERIAL).getId(), Map.of("materialComplete", true));
    runDueJobs();
    return renewal;
  }

  /** The renewal case the instance opened (建立复评案件 set it for the panels). */
  private Application renewalCase(ProcessInstance instance) {
    return cases.get((Long) runtimeService.getVariable(instance.getId(), "applicationId"));
  }

  /** The invitation answered with an application (the visits recorded on time); the case opens for the material. */
  private Application requestWithoutMaterial(ProcessInstance instance) {
    invitation(instance);
    return requestWithoutMaterialOnTheDay(instance);
  }

  /** The open invitation answered with an application; the case opens for the material. */
  private Application requestWithoutMaterialOnTheDay(ProcessInstance instance) {
    taskService.complete(task(instance, REQUEST_RENEWAL).getId(), Map.of("renewalRequested", true,
        "selfAssessment", "有效期内持续推行卓越绩效模式", "contact", "王五 13803121234"));
    runDueJobs();
    BpmnAwareTests.assertThat(instance).isWaitingAt(SUBMIT_RENEWAL_MATERIAL);
    return renewalCase(instance);
  }

  /** The renewal invitation, both visits recorded on the day they fell due. */
  private Task invitation(ProcessInstance instance) {
    visitOnTime(instance);
    advanceTo(INVITATION.atTime(9, 0));
    return task(instance, REQUEST_RENEWAL);
  }

  /** Both visits recorded on the day they fall due. */
  private void visitOnTime(ProcessInstance instance) {
    advanceTo(FIRST_VISIT.atTime(9, 0));
    completeVisit(instance, FIRST_VISIT);
    advanceTo(SECOND_VISIT.atTime(9, 0));
    completeVisit(instance, SECOND_VISIT);
  }

  private void completeVisit(ProcessInstance instance, LocalDate visitedOn) {
    Task visit = task(instance, RETURN_VISIT);
    taskService.complete(visit.getId(), visitForm(visitedOn));
    // PIPL: the officials who visited are on our record of the visit, not in the engine's history
    assertThat(EngineTables.rowsContaining(jdbc, "竞秀区市场监管局 周强")).isEmpty();
  }

  private static Map<String, Object> visitForm(LocalDate visitedOn) {
    return Map.of("visitedOn", visitedOn.toString(), "participants", "保定市市场监管局 孙丽；竞秀区市场监管局 周强",
        "findings", "经营稳定，质量损失率继续下降", "followUp", "建议推广首席质量官经验");
  }

  private void decide(ProcessInstance instance, String key, boolean approved) {
    Task task = task(instance, key);
    assertThat(task).as(key).isNotNull();
    assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of("approved", approved)))
        .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("comment");
    taskService.complete(task.getId(), Map.of("approved", approved, "comment", approved ? "同意" : "不同意"));
    runDueJobs();
  }

  private void assertNotRenewed(Honour honour, Application renewal, String... reason) {
    Renewal done = renewals.of(honour.getId()).get(0);
    assertThat(done.getState()).isEqualTo(RenewalState.NOT_RENEWED);
    assertThat(done.getReason()).contains(reason);
    Application ended = cases.get(renewal.getId());
    assertThat(ended.getOutcome()).isEqualTo(ApplicationOutcome.NOT_RENEWED);
    assertThat(ended.getOutcomeReason()).contains(reason);
    assertThat(done.getNewHonourId()).isNull();
  }

  private ProcessInstance panelOf(ProcessInstance instance) {
    runDueJobs();
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance.getId())
        .processDefinitionKey("panel-review").singleResult();
  }

  /** The document review's members all score {@code document}, then the onsite review's {@code onsite}. */
  private void scorePanels(ProcessInstance instance, Application renewal, String document, String onsite) {
    completePanel(instance, renewal, document);
    completePanel(instance, renewal, onsite);
  }

  /** The drawn members declare no conflict and each score {@code total}; the leader accepts the report. */
  private void completePanel(ProcessInstance instance, Application renewal, String total) {
    ProcessInstance panel = panelOf(instance);
    assertThat(panel).as("a running panel-review").isNotNull();
    Application current = cases.get(renewal.getId());
    assertThat(panel.getBusinessKey()).as("the renewal's panel named by its case and stage")
        .isEqualTo(current.getApplicationNumber() + " " + current.getStage().label());
    var sheet = scoring.sheetFor(renewal.getId());
    for (ProcessInstance member : runtimeService.createProcessInstanceQuery().superProcessInstanceId(panel.getId())
        .processDefinitionKey("panel-member-review").list()) {
      Task declaration = taskService.createTaskQuery().processInstanceId(member.getId())
          .taskDefinitionKey(DECLARE_CONFLICT).singleResult();
      asUser(declaration.getAssignee(), () -> taskService.complete(declaration.getId(), Map.of("conflictOfInterest", false, "confidentialityUndertaking", true)));
      Task score = taskService.createTaskQuery().processInstanceId(member.getId())
          .taskDefinitionKeyIn(SCORE_ORGANIZATION, SCORE_INDIVIDUAL).singleResult();
      asUser(score.getAssignee(), () -> taskService.complete(score.getId(),
          EditionDriver.scores(sheet, new BigDecimal(total))));
    }
    Task consolidation = taskService.createTaskQuery().processInstanceId(panel.getId())
        .taskDefinitionKey(CONSOLIDATE_PANEL).singleResult();
    asUser(consolidation.getAssignee(), () -> taskService.complete(consolidation.getId(),
        EditionDriver.consolidation(sheet)));
    runDueJobs();
  }

  private void passPublicity(ProcessInstance instance) {
    ProcessInstance publicity = runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance.getId())
        .processDefinitionKey("publicity").singleResult();
    assertThat(publicity).as("a running publicity").isNotNull();
    Job timer = managementService.createJobQuery().processInstanceId(publicity.getId()).timers().singleResult();
    advanceTo(LocalDateTime.ofInstant(timer.getDuedate().toInstant(), EngineClock.ZONE).plusMinutes(1));
  }

  private void asUser(String userId, Runnable action) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identityService.setAuthentication(userId, groups);
    try {
      action.run();
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** Moves the clock forward (never back) and runs what became due in this test's honour processes. */
  private void advanceTo(LocalDateTime time) {
    if (now == null || time.isAfter(now)) {
      now = time;
      EngineClock.set(time);
    }
    runDueJobs();
  }

  /** One job at a time: a due interrupting timer may delete other due jobs of its scope. */
  private void runDueJobs() {
    for (int round = 0; round < 500; round++) {
      List<Job> due = new ArrayList<>();
      roots.forEach(root -> due.addAll(managementService.createJobQuery().rootProcessInstanceId(root).executable().list()));
      if (due.isEmpty()) {
        return;
      }
      managementService.executeJob(due.get(0).getId());
    }
    throw new IllegalStateException("jobs keep becoming due: a loop in a model?");
  }

  private ProcessInstance instanceOf(Honour honour) {
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(Honours.PROCESS_KEY)
        .processInstanceBusinessKey("honour-" + honour.getId()).singleResult();
    if (instance != null) {
      roots.add(instance.getId());
    }
    return instance;
  }

  private Task task(ProcessInstance instance, String key) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null).map(IdentityLink::getGroupId).toList();
  }

  private HonourState state(Honour honour) {
    return honourRepository.findById(honour.getId()).orElseThrow().getState();
  }

  private static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(EngineClock.ZONE).toInstant());
  }

  /** A task's due moment: its last day is over (23:59:59 in the award's zone). */
  private static Date endOf(LocalDate day) {
    return Date.from(day.atTime(23, 59, 59).atZone(EngineClock.ZONE).toInstant());
  }

}
