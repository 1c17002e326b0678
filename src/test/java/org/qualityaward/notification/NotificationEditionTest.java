package org.qualityaward.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.application.AwardApplicationModel.RECOMMENDER_REVIEW;
import static org.qualityaward.evaluation.PanelMemberReviewModel.DECLARE_CONFLICT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationOutcome;
import org.qualityaward.complaint.Complaint;
import org.qualityaward.complaint.Complaints;
import org.qualityaward.edition.Edition;
import org.qualityaward.expert.ExpertPool;
import org.qualityaward.honour.AwardLevel;
import org.qualityaward.honour.Honour;
import org.qualityaward.honour.Honours;
import org.qualityaward.revocation.RevocationFixtures;
import org.qualityaward.testing.ConditionAnswers;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.SampleApplications;
import org.qualityaward.testing.SampleCases;
import org.qualityaward.testing.SampleExperts;
import org.qualityaward.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Issue 17: an edition tells its people what happens. Four organisations: one ineligible at once (不予受理),
 * one not recommended, one disqualified on an objection whose objector gave an e-mail address, one awarded
 * after a panel member's conflict replaced them; the office and the recommending unit are told of their
 * tasks, the experts of their draw and of the replacement, the applicant of every stage and outcome and of
 * the feedback report, a complainant who gave an e-mail address of the answer. Stored per user once the
 * event's transaction has committed.
 */
@SpringBootTest
@RecordApplicationEvents
class NotificationEditionTest {

  private static final AtomicInteger SERIALS = new AtomicInteger(7700);

  @Autowired ApplicationContext context;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ExpertPool expertPool;
  @Autowired Complaints complaints;
  @Autowired Honours honours;
  @Autowired NotificationInbox inbox;
  @Autowired ApplicationEvents events;

  private EditionDriver driver;

  @BeforeEach
  void setUp() {
    SampleExperts.ensurePool(expertPool, identityService, 4);
    TestUsers.ensure(identityService, "applicant", "applicant");
    TestUsers.ensure(identityService, "ntoffice", "quality-office");
    TestUsers.ensure(identityService, "ntunit", "recommender-" + SampleCases.RECOMMENDER);
    driver = new EditionDriver(context);
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  @DisplayName("every kind of an edition's life reaches its people: tasks, stages, outcomes, draws, replacement, feedback, answers")
  void anEditionNotifies() {
    Edition edition = driver.openEdition(EditionYears.next(), "通知届");
    Application ineligible = driver.submit(SampleApplications.organization(edition.getId(), SampleCases.RECOMMENDER,
        SERIALS.getAndIncrement(), LocalDate.of(2025, 1, 1)));
    Application refused = driver.submit(SampleCases.organization(edition.getId(), SERIALS.getAndIncrement()));
    Application objected = driver.submit(SampleCases.organization(edition.getId(), SERIALS.getAndIncrement()));
    Application winner = driver.submit(SampleCases.organization(edition.getId(), SERIALS.getAndIncrement()));
    assertThat(driver.refresh(ineligible).getOutcome()).isEqualTo(ApplicationOutcome.INELIGIBLE);
    taskService.complete(driver.caseTask(refused, RECOMMENDER_REVIEW).getId(),
        ConditionAnswers.recommenderReview(false, "材料不完整，不予推荐"));
    assertThat(driver.refresh(refused).getOutcome()).isEqualTo(ApplicationOutcome.NOT_RECOMMENDED);

    // a complaint about a holder (Art 9(6)), unfounded: the complainant gave an e-mail address
    Honour honour = RevocationFixtures.organisation(honours, AwardLevel.AWARD, LocalDate.of(2024, 12, 20));
    Complaint complaint = complaints.file(new Complaints.FileComplaint("钱七", "complainant@example.com",
        honour.getId(), "该企业在宣传中使用了质量奖称号，请核查。", null, null, false));
    Task verification = taskService.createTaskQuery().processInstanceId(complaint.getProcessInstanceId()).singleResult();
    Map<String, Object> unfounded = new HashMap<>(Map.of("founded", false, "findings", "经现场核查，未发现所述情况"));
    unfounded.put("ground", null);
    unfounded.put("factDate", null);
    taskService.complete(verification.getId(), unfounded);

    driver.acceptUntilListPublicity(List.of(objected, winner));
    driver.uphold((Long) driver.editionVariable("publicityId"), objected, "该企业近三年发生过重大质量事故。",
        "objector@example.com");
    driver.passPublicity(driver.editionInstanceId());
    declareConflictInPanelOf(winner);
    driver.commend(Map.of(winner, new BigDecimal("900")));
    assertThat(driver.refresh(winner).getOutcome()).isEqualTo(ApplicationOutcome.AWARD);

    assertThat(kindsFor("applicant", ineligible)).contains(NoticeKind.NOT_ACCEPTED);
    assertThat(kindsFor("applicant", refused)).contains(NoticeKind.NOT_RECOMMENDED);
    assertThat(kindsFor("applicant", objected)).contains(NoticeKind.STAGE_CHANGED, NoticeKind.DISQUALIFIED);
    // the recommending unit hears that its candidate was disqualified, not of the refusal it made itself
    assertThat(titlesFor("ntunit", objected)).contains("推荐对象 " + objected.getApplicantName() + "（"
        + objected.getApplicationNumber() + "）已办结：" + ApplicationOutcome.DISQUALIFIED.label());
    assertThat(kindsFor("ntunit", refused)).doesNotContain(NoticeKind.CANDIDATE_CASE_ENDED);
    assertThat(kindsFor("applicant", winner))
        .contains(NoticeKind.STAGE_CHANGED, NoticeKind.AWARDED, NoticeKind.FEEDBACK_READY);
    assertThat(titlesFor("applicant", winner)).contains("您的申报 " + winner.getApplicationNumber() + " 进入「资料评审」阶段",
        "您的申报 " + winner.getApplicationNumber() + " 已办结：市政府质量奖");
    // the unit's review and the office's qualification review arrive as tasks, with their deadline
    assertThat(titlesFor("ntunit", winner)).anyMatch(t -> t.startsWith("新待办任务：推荐单位审核申报材料（"
        + winner.getApplicationNumber() + "），") && t.endsWith("前办结"));
    assertThat(kindsFor("ntoffice", winner)).contains(NoticeKind.TASK_ARRIVED);
    // the experts: the case number and the date of the draw, never who applied
    List<Notice> drawn = notices(NoticeKind.EXPERT_DRAWN, winner);
    assertThat(drawn).isNotEmpty().allSatisfy(n -> assertThat(n.title()).doesNotContain(winner.getApplicantName()));
    String member = drawn.get(0).users().iterator().next();
    assertThat(kindsFor(member, winner)).contains(NoticeKind.EXPERT_DRAWN, NoticeKind.TASK_ARRIVED);
    assertThat(notices(NoticeKind.PANEL_MEMBER_REPLACED, winner)).singleElement()
        .satisfies(n -> assertThat(n.users()).hasSizeGreaterThanOrEqualTo(3));
    // the objector has no account: an e-mail to the address given, with the receipt's link
    assertThat(events.stream(Notice.class).filter(n -> n.kind() == NoticeKind.RECEIPT_ANSWERED))
        .anySatisfy(n -> {
          assertThat(n.addresses()).containsExactly("objector@example.com");
          assertThat(n.link()).startsWith("/notices/objections/");
        });
    assertThat(events.stream(Notice.class).filter(n -> n.kind() == NoticeKind.RECEIPT_ANSWERED))
        .anySatisfy(n -> {
          assertThat(n.addresses()).containsExactly("complainant@example.com");
          assertThat(n.link()).isEqualTo("/api/complaints/" + complaint.getReceiptNumber());
        });
    // nobody is told about a notice they may not read: no row for a user outside the case
    assertThat(inbox.latest("ntunit")).noneMatch(n -> n.getKind() == NoticeKind.AWARDED);
  }

  /** One member of the winner's document-review panel declares a conflict; the redraw replaces them. */
  private void declareConflictInPanelOf(Application application) {
    ProcessInstance panel = driver.panelOf(application);
    ProcessInstance member = runtimeService.createProcessInstanceQuery().superProcessInstanceId(panel.getId())
        .processDefinitionKey("panel-member-review").list().get(0);
    Task declaration = taskService.createTaskQuery().processInstanceId(member.getId())
        .taskDefinitionKey(DECLARE_CONFLICT).singleResult();
    taskService.complete(declaration.getId(), Map.of("conflictOfInterest", true, "conflictReason", "曾为该企业提供咨询"));
    driver.runDueJobs();
  }

  private List<Notice> notices(NoticeKind kind, Application application) {
    return events.stream(Notice.class)
        .filter(n -> n.kind() == kind && n.title().contains(application.getApplicationNumber())).toList();
  }

  private Set<NoticeKind> kindsFor(String user, Application application) {
    return Set.copyOf(inbox.latest(user).stream().filter(n -> n.getTitle().contains(application.getApplicationNumber()))
        .map(Notification::getKind).toList());
  }

  private List<String> titlesFor(String user, Application application) {
    return inbox.latest(user).stream().map(Notification::getTitle)
        .filter(t -> t.contains(application.getApplicationNumber())).toList();
  }
}
