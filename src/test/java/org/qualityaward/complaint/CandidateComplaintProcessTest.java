package org.qualityaward.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.qualityaward.application.AwardApplicationModel.END_DISQUALIFIED_AFTER_ACCEPTANCE;
import static org.qualityaward.complaint.ComplaintModel.DISQUALIFY_CANDIDATE;
import static org.qualityaward.complaint.ComplaintModel.DISQUALIFY_CANDIDATE_DECISION;
import static org.qualityaward.complaint.ComplaintModel.END_COMPLAINT_ANSWERED;
import static org.qualityaward.complaint.ComplaintModel.VERIFY_CANDIDATE_COMPLAINT;
import static org.qualityaward.edition.AwardEditionModel.DOCUMENT_REVIEWS;
import static org.qualityaward.edition.AwardEditionModel.PROPOSE_ONSITE_LIST;
import static org.qualityaward.edition.AwardEditionModel.REVISE_PROPOSAL;
import static org.qualityaward.evaluation.PanelReviewModel.CANDIDATE_DISQUALIFIED;
import static org.qualityaward.evaluation.PanelReviewModel.END_REVIEW_STOPPED;
import static org.qualityaward.evaluation.PanelReviewModel.TELL_PANEL_STOPPED;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationOutcome;
import org.qualityaward.edition.Edition;
import org.qualityaward.expert.ExpertPool;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.notification.NoticeKind;

import org.qualityaward.publicity.PublicityEntry;
import org.qualityaward.publicity.PublicityService;
import org.qualityaward.review.Rankings;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.EngineTables;
import org.qualityaward.testing.ProcessTest;
import org.qualityaward.testing.SampleCases;
import org.qualityaward.testing.SampleExperts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A founded complaint about a candidate (Art 9(6)) on which the office ends the case as disqualified (Art 17): the
 * case ends, a panel reviewing it stops, a list still published marks it, the complainant is told; and where the
 * office may not (not founded, not yet accepted).
 */
@ProcessTest
class CandidateComplaintProcessTest {

  private static final AtomicInteger SERIALS = new AtomicInteger(8400);

  @Autowired ApplicationContext context;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ExpertPool expertPool;
  @Autowired IdentityService identityService;
  @Autowired Complaints complaints;
  @Autowired PublicityService publicities;
  @Autowired Rankings rankings;
  @Autowired JdbcTemplate jdbc;

  private EditionDriver driver;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    SampleExperts.ensurePool(expertPool, identityService, 4);
    driver = new EditionDriver(context);
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  @DisplayName("Art 9(6), 17, 18: disqualified during the document review, the case ends, its panel stops with every"
      + " expert's task, the complainant is told; the edition goes on with the other cases")
  void disqualifiedDuringDocumentReview() {
    Edition edition = driver.openEdition(EditionYears.next(), "投诉举报取消参评资格届");
    Application accused = organization(edition);
    Application other = organization(edition);
    driver.acceptAll(List.of(accused, other));
    ProcessInstance caseInstance = caseInstance(accused);
    ProcessInstance panel = driver.panelOf(accused);
    List<Task> declarations = tasksUnder(accused);
    assertThat(declarations).as("the drawn experts' conflict declarations").isNotEmpty();

    Complaint complaint = file(accused);
    ProcessInstance instance = instance(complaint);
    EngineTables.submitAsTasklist(engine, verification(instance).getId(), verified(true, true));

    BpmnAwareTests.assertThat(instance).isEnded()
        .hasPassed(DISQUALIFY_CANDIDATE_DECISION, DISQUALIFY_CANDIDATE, END_COMPLAINT_ANSWERED);
    Complaint done = complaints.findByReceiptNumber(complaint.getReceiptNumber()).orElseThrow();
    assertThat(done.getOutcome()).isEqualTo(ComplaintOutcome.DISQUALIFIED);
    assertThat(done.getAnswer()).contains("属实", "已取消其参评资格", "第十七条", "检测报告系伪造");

    Application ended = driver.refresh(accused);
    assertThat(ended.getOutcome()).isEqualTo(ApplicationOutcome.DISQUALIFIED);
    String receipt = complaint.getReceiptNumber();
    assertThat(ended.getOutcomeReason()).as("the serial the applicant reads, not the number that opens the answer")
        .contains(receipt.substring(0, receipt.lastIndexOf('-')), "检测报告系伪造").doesNotContain(receipt);
    BpmnAwareTests.assertThat(caseInstance).isEnded().hasPassed(END_DISQUALIFIED_AFTER_ACCEPTANCE);
    BpmnAwareTests.assertThat(panel).isEnded()
        .hasPassed(CANDIDATE_DISQUALIFIED, TELL_PANEL_STOPPED, END_REVIEW_STOPPED);
    assertThat(tasksUnder(accused)).as("no expert goes on scoring a disqualified candidate").isEmpty();
    // each expert is told why the work went, in the notifications their pages show
    declarations.forEach(t -> assertThat(jdbc.queryForList("select title from notification where recipient = ? and kind = ?",
        String.class, t.getAssignee(), NoticeKind.REVIEW_STOPPED.name())).as(t.getAssignee())
        .anySatisfy(title -> assertThat(title).contains(accused.getApplicationNumber(), "资料评审已终止", "待办任务已撤销")));

    ProcessInstance editionInstance = driver.editionInstance();
    BpmnAwareTests.assertThat(editionInstance).isWaitingAt(DOCUMENT_REVIEWS);
    driver.completePanel(other, BigDecimal.valueOf(800));
    BpmnAwareTests.assertThat(editionInstance).isWaitingAt(PROPOSE_ONSITE_LIST);
    assertThat((String) driver.editionVariable("onsiteProposal")).contains(other.getApplicationNumber())
        .doesNotContain(accused.getApplicationNumber());
  }

  @Test
  @DisplayName("Art 9(6), 17, 19, 20: disqualified during the on-site review, its panel stops and the case is not ranked;"
      + " the office proposes from the others")
  void disqualifiedDuringOnsiteReview() {
    Edition edition = driver.openEdition(EditionYears.next(), "现场评审期间取消届");
    Application accused = organization(edition);
    Application other = organization(edition);
    driver.acceptAll(List.of(accused, other));
    driver.completePanel(accused, BigDecimal.valueOf(900));
    driver.completePanel(other, BigDecimal.valueOf(800));
    driver.completeEditionTask(PROPOSE_ONSITE_LIST, Map.of());
    driver.passPublicity(driver.editionInstanceId());
    ProcessInstance onsitePanel = driver.panelOf(accused);
    assertThat(onsitePanel.getBusinessKey()).endsWith("现场评审");

    Complaint complaint = disqualifiedOnComplaint(accused);

    BpmnAwareTests.assertThat(onsitePanel).isEnded().hasPassed(END_REVIEW_STOPPED);
    driver.completePanel(other, BigDecimal.valueOf(800));
    BpmnAwareTests.assertThat(driver.editionInstance()).isWaitingAt(REVISE_PROPOSAL);
    assertThat(rankings.ranking(edition.getId()).cases()).extracting(Rankings.Entry::applicationId)
        .containsExactly(other.getId());
  }

  @Test
  @DisplayName("Art 9(6), 17: disqualified while the accepted list is published, the candidate is marked on the list;"
      + " the document review starts without it")
  void disqualifiedWhileListed() {
    Edition edition = driver.openEdition(EditionYears.next(), "受理名单公示期间取消届");
    Application accused = organization(edition);
    Application other = organization(edition);
    driver.acceptUntilListPublicity(List.of(accused, other));
    Long publicityId = (Long) driver.editionVariable("publicityId");

    Complaint complaint = disqualifiedOnComplaint(accused);

    PublicityEntry entry = publicities.entriesOf(publicityId).stream()
        .filter(e -> e.getApplicationId().equals(accused.getId())).findFirst().orElseThrow();
    assertThat(entry.isDisqualified()).isTrue();
    // the candidate reads the reason: the complaint's serial, not the number that opens the complainant's answer
    String serial = complaint.getReceiptNumber().substring(0, complaint.getReceiptNumber().lastIndexOf('-'));
    assertThat(entry.getDisqualificationReason()).contains(serial).doesNotContain(complaint.getReceiptNumber());
    assertThat(publicities.entriesOf(publicityId)).filteredOn(e -> e.getApplicationId().equals(other.getId()))
        .singleElement().extracting(PublicityEntry::isDisqualified).isEqualTo(false);

    driver.passPublicity(driver.editionInstanceId());
    BpmnAwareTests.assertThat(driver.editionInstance()).isWaitingAt(DOCUMENT_REVIEWS);
    assertThat(driver.panelOf(other)).isNotNull();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("panel-review")
        .processInstanceBusinessKeyLike(accused.getApplicationNumber() + "%").count()).isZero();
  }

  @Test
  @DisplayName("Art 9(6), 16, 17: the office may not disqualify on a complaint it did not find true, nor a case not yet"
      + " accepted; the refusal names the field and the article, and nothing is stored")
  void refusals() {
    Edition edition = driver.openEdition(EditionYears.next(), "投诉举报取消参评资格拒绝届");
    Application submitted = organization(edition);
    Complaint complaint = file(submitted);
    ProcessInstance instance = instance(complaint);
    Task task = verification(instance);

    assertThat(problems(task, verified(false, true))).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("disqualify");
      assertThat(p.message()).contains("经核实属实", "第九条第六项");
    });
    assertThat(problems(task, verified(true, true))).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("disqualify");
      assertThat(p.message()).contains(submitted.getApplicationNumber(), "尚未受理", "第十七条");
    });
    BpmnAwareTests.assertThat(instance).isWaitingAt(VERIFY_CANDIDATE_COMPLAINT);
    Complaint stored = complaints.findByReceiptNumber(complaint.getReceiptNumber()).orElseThrow();
    assertThat(stored.getFounded()).isNull();
    assertThat(driver.refresh(submitted).getOutcome()).isNull();

    // founded, without disqualifying: the case goes on; the complainant hears that the office will act
    EngineTables.submitAsTasklist(engine, task.getId(), verified(true, false));
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(DISQUALIFY_CANDIDATE_DECISION)
        .hasNotPassed(DISQUALIFY_CANDIDATE);
    assertThat(complaints.findByReceiptNumber(complaint.getReceiptNumber()).orElseThrow().getOutcome())
        .isEqualTo(ComplaintOutcome.FOUNDED);
    assertThat(driver.refresh(submitted).getOutcome()).isNull();
  }

  private Application organization(Edition edition) {
    return driver.submit(SampleCases.organization(edition.getId(), SERIALS.getAndIncrement()));
  }

  private Complaint file(Application candidate) {
    return complaints.file(new Complaints.FileComplaint("赵六", "13803120000", ComplaintSubject.CANDIDATE, null,
        candidate.getId(), null, null, "该企业申报材料中的检测报告系伪造，有原件为证。", ComplaintSource.PUBLIC, null, false));
  }

  /** Filed about the candidate, found true and the candidate disqualified, as the office does in Tasklist. */
  private Complaint disqualifiedOnComplaint(Application accused) {
    Complaint complaint = file(accused);
    EngineTables.submitAsTasklist(engine, verification(instance(complaint)).getId(), verified(true, true));
    return complaint;
  }

  private ProcessInstance instance(Complaint complaint) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(Complaints.PROCESS_KEY)
        .processInstanceBusinessKey(complaint.getReceiptNumber()).singleResult();
  }

  private Task verification(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(VERIFY_CANDIDATE_COMPLAINT).singleResult();
  }

  private ProcessInstance caseInstance(Application application) {
    return runtimeService.createProcessInstanceQuery()
        .processInstanceId(driver.refresh(application).getProcessInstanceId()).singleResult();
  }

  /** The tasks of the case's panels and their members, which carry the panel's business key. */
  private List<Task> tasksUnder(Application application) {
    return taskService.createTaskQuery().processInstanceBusinessKeyLike(application.getApplicationNumber() + " %")
        .list();
  }

  private static Map<String, Object> verified(boolean founded, boolean disqualify) {
    return Map.of("founded", founded, "findings", founded ? "经向检测机构核实，检测报告系伪造" : "经核实，未发现所述情况",
        "disqualify", disqualify);
  }

  private List<FieldProblem> problems(Task task, Map<String, Object> form) {
    Throwable cause = catchThrowable(() -> EngineTables.submitAsTasklist(engine, task.getId(), form));
    while (cause != null && !(cause instanceof InvalidInputException)) {
      cause = cause.getCause();
    }
    assertThat(cause).as("refused as invalid input").isNotNull();
    return ((InvalidInputException) cause).problems();
  }
}
