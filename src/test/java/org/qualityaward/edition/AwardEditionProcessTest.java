package org.qualityaward.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.qualityaward.application.AwardApplicationModel.AWAIT_NEXT_STAGE;
import static org.qualityaward.edition.AwardEditionModel.ACCEPTED_LIST_PUBLICITY;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qualityaward.edition.AwardEditionModel.APPLICATION_DEADLINE;
import static org.qualityaward.edition.AwardEditionModel.APPROVE_PLAN;
import static org.qualityaward.edition.AwardEditionModel.DRAFT_PLAN;
import static org.qualityaward.edition.AwardEditionModel.CLOSE_INTAKE;
import static org.qualityaward.edition.AwardEditionModel.DOCUMENT_REVIEWS;
import static org.qualityaward.edition.AwardEditionModel.END_NO_ACCEPTED_CASES;
import static org.qualityaward.edition.AwardEditionModel.OPEN_ACCEPTED_LIST_PUBLICITY;
import static org.qualityaward.edition.AwardEditionModel.PUBLISH_NOTICE;
import static org.qualityaward.edition.AwardEditionModel.QUALIFICATION_CONCLUDED;
import static org.qualityaward.edition.AwardEditionModel.QUALIFICATION_REVIEWS_CONCLUDED;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationSubmissions;
import org.qualityaward.application.ApplicationWithdrawals;
import org.qualityaward.expert.ExpertPool;
import org.qualityaward.forms.FormRefusedException;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.ProcessTest;
import org.qualityaward.testing.SampleApplications;
import org.qualityaward.testing.SampleExperts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.support.TransactionTemplate;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.ConditionAnswers;

/**
 * Every path of award-edition (Art 8(1), 15, 17) with the deadline and publicity timers fired by moving
 * the clock.
 */
@ProcessTest
@ExtendWith(OutputCaptureExtension.class)
class AwardEditionProcessTest {

  private static final AtomicInteger SERIALS = new AtomicInteger(500);
  private static final LocalDate NOTICE_DAY = LocalDate.of(2026, 3, 2);
  private static final LocalDate DEADLINE = LocalDate.of(2026, 3, 6);

  @Autowired ProcessEngine engine;
  @Autowired ExpertPool expertPool;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired EditionService editions;
  @Autowired EditionRepository editionRepository;
  @Autowired ApplicationSubmissions submissions;
  @Autowired ApplicationWithdrawals withdrawals;
  @Autowired TransactionTemplate transaction;
  @Autowired EditionPlans plans;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    SampleExperts.ensurePool(expertPool, identityService, 4);
    EngineClock.startOf(NOTICE_DAY);
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  @DisplayName("Art 15: intake closes at the end of the deadline day; an edition without applications ends")
  void editionWithoutApplicationsEnds() {
    Edition edition = editions.open(new NewEdition(EditionYears.next(), "无人申报届", DEADLINE));
    ProcessInstance instance = instance(edition);
    publishNotice(instance);
    BpmnAwareTests.assertThat(instance).isWaitingAt(APPLICATION_DEADLINE);

    EngineClock.set(DEADLINE.atTime(23, 59));
    EngineClock.runDueJobs(managementService);
    BpmnAwareTests.assertThat(instance).isWaitingAt(APPLICATION_DEADLINE);

    EngineClock.startOf(DEADLINE.plusDays(1));
    EngineClock.runDueJobs(managementService);
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(CLOSE_INTAKE, END_NO_ACCEPTED_CASES);
    assertThat(stage(edition)).isEqualTo(EditionStage.ENDED_WITHOUT_ACCEPTED_CASES);
  }

  @Test
  @DisplayName("Art 17: the edition waits for every qualification review, then publishes the accepted list")
  void acceptedListGoesToPublicity() {
    Edition edition = editions.open(new NewEdition(EditionYears.next(), "受理名单届", DEADLINE));
    ProcessInstance instance = instance(edition);
    publishNotice(instance);
    Application application = submissions.submit(SampleApplications.organization(edition.getId(), "R-ASSOC-QA",
        SERIALS.getAndIncrement(), LocalDate.of(2010, 1, 1)), "applicant");
    String caseId = application.getProcessInstanceId();

    complete(caseTask(caseId), ConditionAnswers.recommenderReview(true, "同意推荐"));
    // Tuesday 10 March: intake has closed and the recommender's publicity (3–9 March) is over
    EngineClock.startOf(DEADLINE.plusDays(4));
    EngineClock.runDueJobs(managementService);
    BpmnAwareTests.assertThat(instance).isWaitingAt(QUALIFICATION_CONCLUDED);

    complete(caseTask(caseId), withVariables("materialsVerified", true, "signOffOpinion", "同意"));
    taskService.createTaskQuery().processInstanceId(caseId).list()
        .forEach(t -> taskService.complete(t.getId(), withVariables("approved", true, "comment", "无异议")));
    complete(caseTask(caseId), ConditionAnswers.qualificationReview(true, "予以受理"));

    BpmnAwareTests.assertThat(instance).hasPassed(QUALIFICATION_CONCLUDED, QUALIFICATION_REVIEWS_CONCLUDED);
    EngineClock.runDueJobs(managementService);
    BpmnAwareTests.assertThat(instance).isWaitingAt(ACCEPTED_LIST_PUBLICITY);
    assertThat(stage(edition)).isEqualTo(EditionStage.ACCEPTED_LIST_PUBLICITY);

    EngineClock.startOf(LocalDate.of(2026, 3, 21));
    EngineClock.runDueJobs(managementService);
    BpmnAwareTests.assertThat(instance).isWaitingAt(DOCUMENT_REVIEWS);
    assertThat(stage(edition)).isEqualTo(EditionStage.DOCUMENT_REVIEW);
    BpmnAwareTests.assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(caseId).singleResult())
        .isWaitingAt(AWAIT_NEXT_STAGE);
  }

  @Test
  @DisplayName("Art 4(1), 17: the last case under review withdrawn by its applicant lets the edition publish its accepted list")
  void withdrawingTheLastPendingCaseReleasesTheEdition() {
    Edition edition = editions.open(new NewEdition(EditionYears.next(), "撤回放行届", DEADLINE));
    ProcessInstance instance = instance(edition);
    publishNotice(instance);
    String accepted = submissions.submit(SampleApplications.organization(edition.getId(), "R-ASSOC-QA",
        SERIALS.getAndIncrement(), LocalDate.of(2010, 1, 1)), "applicant").getProcessInstanceId();
    Application pending = submissions.submit(SampleApplications.organization(edition.getId(), "R-ASSOC-QA",
        SERIALS.getAndIncrement(), LocalDate.of(2010, 1, 1)), "applicant");
    complete(caseTask(accepted), ConditionAnswers.recommenderReview(true, "同意推荐"));
    EngineClock.startOf(DEADLINE.plusDays(4));
    EngineClock.runDueJobs(managementService);
    complete(caseTask(accepted), withVariables("materialsVerified", true, "signOffOpinion", "同意"));
    taskService.createTaskQuery().processInstanceId(accepted).list()
        .forEach(t -> taskService.complete(t.getId(), withVariables("approved", true, "comment", "无异议")));
    complete(caseTask(accepted), ConditionAnswers.qualificationReview(true, "予以受理"));
    // the other case is still at its unit's review: the edition waits for it
    BpmnAwareTests.assertThat(instance).isWaitingAt(QUALIFICATION_CONCLUDED);

    withdrawals.withdraw("applicant", pending.getId(), "本年度不再参评");

    BpmnAwareTests.assertThat(instance).hasPassed(QUALIFICATION_CONCLUDED, QUALIFICATION_REVIEWS_CONCLUDED);
    EngineClock.runDueJobs(managementService);
    BpmnAwareTests.assertThat(instance).isWaitingAt(ACCEPTED_LIST_PUBLICITY);
  }

  @Test
  @DisplayName("Art 17: the last case concluding while the edition checks after the deadline is not missed")
  void lastCaseConcludingDuringTheEditionsCheckWakesIt() {
    LocalDate deadline = LocalDate.of(2026, 3, 20);
    Edition edition = editions.open(new NewEdition(EditionYears.next(), "资格审查并发届", deadline));
    ProcessInstance instance = instance(edition);
    publishNotice(instance);
    String caseId = submissions.submit(SampleApplications.organization(edition.getId(), "R-ASSOC-QA",
        SERIALS.getAndIncrement(), LocalDate.of(2010, 1, 1)), "applicant").getProcessInstanceId();
    complete(caseTask(caseId), ConditionAnswers.recommenderReview(true, "同意推荐"));
    EngineClock.startOf(LocalDate.of(2026, 3, 16));
    EngineClock.runDueJobs(managementService);
    complete(caseTask(caseId), withVariables("materialsVerified", true, "signOffOpinion", "同意"));
    taskService.createTaskQuery().processInstanceId(caseId).list()
        .forEach(t -> taskService.complete(t.getId(), withVariables("approved", true, "comment", "无异议")));
    String review = caseTask(caseId).getId();
    EngineClock.startOf(deadline.plusDays(1));
    String intakeCloses = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult().getId();

    // the edition has found the case under review but not yet committed its wait when the case is accepted
    Thread office = new Thread(() -> taskService.complete(review, ConditionAnswers.qualificationReview(true, "予以受理")));
    transaction.executeWithoutResult(status -> {
      managementService.executeJob(intakeCloses);
      office.start();
      join(office, 500);
      assertThat(office.isAlive()).as("the case waits for the edition's lock").isTrue();
    });
    join(office, 10_000);

    BpmnAwareTests.assertThat(instance).hasPassed(QUALIFICATION_CONCLUDED)
        .isWaitingAt(OPEN_ACCEPTED_LIST_PUBLICITY);
  }

  @Test
  @DisplayName("Art 15: the office's Tasklist start form registers the edition")
  void startFormRegistersTheEdition() {
    int year = EditionYears.next();
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("award-edition",
        Map.of("year", (long) year, "name", "表单届", "applicationDeadline", "2026-03-31"));

    BpmnAwareTests.assertThat(instance).isWaitingAt(DRAFT_PLAN);
    Edition edition = editionRepository.findByYear(year).orElseThrow();
    assertThat(edition.getProcessInstanceId()).isEqualTo(instance.getId());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getBusinessKey()).isEqualTo("edition-" + year);
  }

  @Test
  @DisplayName("Art 8(1), 15: a plan returned once is revised by the office, approved, and only then the call goes out")
  void planReturnedOnceThenApproved(CapturedOutput log) {
    Edition edition = editions.open(new NewEdition(EditionYears.next(), "方案退回届", DEADLINE));
    ProcessInstance instance = instance(edition);

    BpmnAwareTests.assertThat(instance).isWaitingAt(DRAFT_PLAN);
    BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup("quality-office");
    assertThat(taskService.getVariable(task(instance).getId(), "organizationAwards")).isEqualTo(7);
    assertThat(taskService.getVariable(task(instance).getId(), "planReturnReason")).isEqualTo("（首次拟定）");
    assertThat((String) taskService.getVariable(task(instance).getId(), "planCeilings"))
        .isEqualTo("获奖组织不超过 7 个，获奖个人不超过 5 个，提名奖不超过 10 个（含组织和个人）");
    assertThat(stage(edition)).isEqualTo(EditionStage.PLAN_APPROVAL);
    assertThatThrownBy(() -> submissions.submit(SampleApplications.organization(edition.getId(), "R-ASSOC-QA",
        SERIALS.getAndIncrement(), LocalDate.of(2010, 1, 1)), "applicant"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("评选方案尚待领导小组审定");

    String draft = task(instance).getId();
    assertThatThrownBy(() -> taskService.complete(draft, withVariables("organizationAwards", 8L)))
        .isInstanceOfSatisfying(FormRefusedException.class, e -> assertThat(e.problems())
            .singleElement().satisfies(p -> assertThat(p.message()).contains("第六条")));
    // a refusal is the person's mistake, answered to them: not an engine error in the log (enableCmdExceptionLogging)
    assertThat(log.getOut()).doesNotContain("ENGINE-16004");
    complete(task(instance), withVariables("organizationAwards", 5L));

    BpmnAwareTests.assertThat(instance).isWaitingAt(APPROVE_PLAN);
    BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup("leading-group");
    assertThat((String) taskService.getVariable(task(instance).getId(), "planSummary")).contains("获奖组织不超过 5 个");
    String approval = task(instance).getId();
    assertThatThrownBy(() -> taskService.complete(approval, withVariables("planApproved", false, "planComment", " ")))
        .isInstanceOfSatisfying(FormRefusedException.class, e -> assertThat(e.problems())
            .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("planComment")));
    complete(task(instance), withVariables("planApproved", false,
        "planComment", "提名奖名额减为8个，见[修订模板](https://x.example/t)"));

    BpmnAwareTests.assertThat(instance).isWaitingAt(DRAFT_PLAN);
    // shown as the leading group wrote it: the form's Markdown gets no link of it
    assertThat(taskService.getVariable(task(instance).getId(), "planReturnReason"))
        .isEqualTo("提名奖名额减为8个，见\\[修订模板\\]\\(https\\:\\/\\/x\\.example\\/t\\)");
    assertThat(taskService.getVariable(task(instance).getId(), "organizationAwards")).isEqualTo(5);
    assertThat(stage(edition)).isEqualTo(EditionStage.PLAN_APPROVAL);
    assertThatThrownBy(() -> plans.inForce(edition.getId())).isInstanceOf(ConflictException.class);
    complete(task(instance), withVariables("nominations", 8L));
    // the first round's planApproved=false is still in the edition; the second decision must be given anew
    String secondApproval = task(instance).getId();
    assertThatThrownBy(() -> taskService.complete(secondApproval, withVariables("planComment", "同意")))
        .isInstanceOfSatisfying(FormRefusedException.class, e -> assertThat(e.problems())
            .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("planApproved")));
    complete(task(instance), withVariables("planApproved", true, "planComment", "同意"));

    BpmnAwareTests.assertThat(instance).isWaitingAt(PUBLISH_NOTICE);
    assertThat(stage(edition)).isEqualTo(EditionStage.NOTICE);
    PlanFigures approved = plans.inForce(edition.getId());
    assertThat(approved.organizationAwards()).isEqualTo(5);
    assertThat(approved.nominations()).isEqualTo(8);
    assertThat(approved.applicationDeadline()).isEqualTo(DEADLINE);
  }

  @Test
  @DisplayName("Art 8(1), 15: a plan whose deadline has come by the time the leading group decides cannot be approved:"
      + " returned, the office sets a new deadline, and the call can go out")
  void aPlanPastItsDeadlineIsReturnedNotApproved() {
    Edition edition = atPlanApproval("逾期审定届");
    ProcessInstance instance = instance(edition);
    EngineClock.startOf(DEADLINE);
    String approval = task(instance).getId();

    assertThatThrownBy(() -> taskService.complete(approval, withVariables("planApproved", true, "planComment", "同意")))
        .isInstanceOfSatisfying(FormRefusedException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> {
              assertThat(p.field()).isEqualTo("planApproved");
              assertThat(p.message()).contains(DEADLINE.toString(), "第十五条");
            }));
    BpmnAwareTests.assertThat(instance).isWaitingAt(APPROVE_PLAN);
    complete(task(instance), withVariables("planApproved", false, "planComment", "截止日期已到，请改定"));
    BpmnAwareTests.assertThat(instance).isWaitingAt(DRAFT_PLAN);
    complete(task(instance), withVariables("applicationDeadline", "2026-03-27"));
    complete(task(instance), withVariables("planApproved", true, "planComment", "同意"));

    BpmnAwareTests.assertThat(instance).isWaitingAt(PUBLISH_NOTICE);
    assertThat(plans.inForce(edition.getId()).applicationDeadline()).isEqualTo(LocalDate.of(2026, 3, 27));
  }

  @Test
  @DisplayName("Art 8(1): the figures in force are the approved plan's; an approval rolled back leaves the plan unapproved"
      + " on every later read, though the node keeps approved figures once read")
  void anApprovalRolledBackIsNotInForce() {
    Edition edition = atPlanApproval("审定回滚届");
    ProcessInstance instance = instance(edition);
    String approval = task(instance).getId();

    transaction.executeWithoutResult(status -> {
      taskService.complete(approval, withVariables("planApproved", true, "planComment", "同意"));
      assertThat(plans.inForce(edition.getId()).applicationDeadline()).isEqualTo(DEADLINE);
      status.setRollbackOnly();
    });

    BpmnAwareTests.assertThat(instance).isWaitingAt(APPROVE_PLAN);
    assertThatThrownBy(() -> plans.inForce(edition.getId())).isInstanceOf(ConflictException.class);
    complete(task(instance), withVariables("planApproved", true, "planComment", "同意"));
    assertThat(plans.inForce(edition.getId())).as("kept, once read and committed").isSameAs(plans.inForce(edition.getId()));
    assertThat(plans.inForce(edition.getId()).applicationDeadline()).isEqualTo(DEADLINE);
  }

  /** A new edition whose plan, as drafted, waits for the leading group. */
  private Edition atPlanApproval(String name) {
    Edition edition = editions.open(new NewEdition(EditionYears.next(), name, DEADLINE));
    complete(task(instance(edition)));
    BpmnAwareTests.assertThat(instance(edition)).isWaitingAt(APPROVE_PLAN);
    return edition;
  }

  private void approvePlan(ProcessInstance instance) {
    BpmnAwareTests.assertThat(instance).isWaitingAt(DRAFT_PLAN);
    complete(task(instance));
    BpmnAwareTests.assertThat(instance).isWaitingAt(APPROVE_PLAN);
    complete(task(instance), withVariables("planApproved", true, "planComment", "同意"));
  }

  private void publishNotice(ProcessInstance instance) {
    approvePlan(instance);
    BpmnAwareTests.assertThat(instance).isWaitingAt(PUBLISH_NOTICE);
    BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup("quality-office");
    complete(task(instance), withVariables("noticeIssuedOn", "2026-03-02", "noticeChannels", "保定日报、市政府网站"));
  }

  private static void join(Thread thread, long millis) {
    try {
      thread.join(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private org.camunda.bpm.engine.task.Task caseTask(String caseInstanceId) {
    return taskService.createTaskQuery().processInstanceId(caseInstanceId).singleResult();
  }

  private ProcessInstance instance(Edition edition) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(edition.getProcessInstanceId()).singleResult();
  }

  private EditionStage stage(Edition edition) {
    return editionRepository.findById(edition.getId()).orElseThrow().getStage();
  }
}
