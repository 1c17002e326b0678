package org.qualityaward.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qualityaward.complaint.ComplaintModel.ANSWER_COMPLAINANT;
import static org.qualityaward.complaint.ComplaintModel.DISQUALIFY_CANDIDATE;
import static org.qualityaward.complaint.ComplaintModel.DISQUALIFY_CANDIDATE_DECISION;
import static org.qualityaward.complaint.ComplaintModel.END_COMPLAINT_ANSWERED;
import static org.qualityaward.complaint.ComplaintModel.FOUNDED;
import static org.qualityaward.complaint.ComplaintModel.HONOUR_REVOKED;
import static org.qualityaward.complaint.ComplaintModel.JOIN_ANSWER;
import static org.qualityaward.complaint.ComplaintModel.REVOCATION;
import static org.qualityaward.complaint.ComplaintModel.SUBJECT;
import static org.qualityaward.complaint.ComplaintModel.VERIFY_CANDIDATE_COMPLAINT;
import static org.qualityaward.complaint.ComplaintModel.VERIFY_STAFF_COMPLAINT;
import static org.qualityaward.complaint.ComplaintModel.VERIFY_COMPLAINT;
import static org.qualityaward.revocation.RevocationModel.LEADING_GROUP_MEETING;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.qualityaward.honour.AwardLevel;
import org.qualityaward.honour.Honour;
import org.qualityaward.honour.HonourHistory;
import org.qualityaward.honour.HonourState;
import org.qualityaward.honour.Honours;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.revocation.RevocationFixtures;
import org.qualityaward.revocation.RevocationGround;
import org.qualityaward.revocation.Revocations;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.testing.EditionYears;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.EngineTables;
import org.qualityaward.testing.ProcessTest;
import org.qualityaward.testing.SampleCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The complaint model (Art 9(6), 26, 30) with the revocation it calls. */
@ProcessTest
class ComplaintProcessTest {

  static final LocalDate AWARDED = LocalDate.of(2026, 3, 2);
  static final LocalDate FILED = LocalDate.of(2026, 9, 1);
  static final LocalDate MEETING = LocalDate.of(2026, 9, 10);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired Honours honours;
  @Autowired Complaints complaints;
  @Autowired Revocations revocations;
  @Autowired ComplaintHistory history;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationContext context;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    EngineClock.startOf(AWARDED);
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  private Complaint file(Honour honour, ComplaintSource source) {
    EngineClock.startOf(FILED);
    return complaints.file(new Complaints.FileComplaint("赵六", "13803120000", honour.getId(),
        "该企业在产品包装上标注“保定市政府质量奖”用于宣传，有照片为证。", source, source == ComplaintSource.PUBLIC ? null : "office1",
        source != ComplaintSource.PUBLIC));
  }

  private ProcessInstance instance(Complaint complaint) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(Complaints.PROCESS_KEY)
        .processInstanceBusinessKey(complaint.getReceiptNumber()).singleResult();
  }

  private Task verification(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(VERIFY_COMPLAINT)
        .singleResult();
  }

  private static Map<String, Object> verified(boolean founded, RevocationGround ground, LocalDate factDate) {
    Map<String, Object> form = new HashMap<>();
    form.put("founded", founded);
    form.put("findings", founded ? "现场核查属实，包装印有荣誉称号" : "经现场核查，未发现所述情况");
    form.put("ground", ground == null ? null : ground.name());
    form.put("factDate", factDate == null ? null : factDate.toString());
    return form;
  }

  private ProcessInstance revocationOf(Complaint complaint) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(Revocations.PROCESS_KEY)
        .processInstanceBusinessKey(complaint.getReceiptNumber()).singleResult();
  }

  private Complaint reload(Complaint complaint) {
    return complaints.findByReceiptNumber(complaint.getReceiptNumber()).orElseThrow();
  }

  private Map<String, Object> verifiedPerson(boolean founded) {
    return Map.of("founded", founded, "findings", founded ? "经调阅评审记录，情况属实" : "经调阅评审记录，未发现所述情况");
  }

  @Test
  @DisplayName("Art 9(6), 11: a founded complaint about a candidate during the evaluation is verified on its own path and answered")
  void candidateComplaintFounded() {
    EditionDriver driver = new EditionDriver(context);
    int year = EditionYears.next();
    Long editionId = driver.openEdition(year, year + "年度投诉举报测试届").getId();
    Application candidate = driver.submit(SampleCases.organization(editionId, 8301));

    Complaint complaint = complaints.file(new Complaints.FileComplaint("赵六", "13803120000", ComplaintSubject.CANDIDATE,
        null, candidate.getId(), null, null, "该企业申报材料中的质量指标系伪造，有检测报告为证。", ComplaintSource.PUBLIC,
        null, false));
    ProcessInstance instance = instance(complaint);
    BpmnAwareTests.assertThat(instance).hasPassed(SUBJECT).isWaitingAt(VERIFY_CANDIDATE_COMPLAINT)
        .variables().containsEntry("subject", "CANDIDATE").doesNotContainKeys("honourId", "alreadyRevoked");
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    BpmnAwareTests.assertThat(task).hasCandidateGroup("quality-office");
    assertThat(taskService.getVariables(task.getId()))
        .containsEntry("concerning", "评选期间的参评单位或个人：" + candidate.getApplicantName() + "（申报编号 " + candidate.getApplicationNumber() + "）")
        .hasEntrySatisfying("guidance", g -> assertThat((String) g).contains("第十一条"));

    taskService.complete(task.getId(), verifiedPerson(true));

    BpmnAwareTests.assertThat(instance).isEnded()
        .hasPassed(DISQUALIFY_CANDIDATE_DECISION, JOIN_ANSWER, ANSWER_COMPLAINANT, END_COMPLAINT_ANSWERED)
        .hasNotPassed(HONOUR_REVOKED, VERIFY_COMPLAINT, REVOCATION, DISQUALIFY_CANDIDATE);
    Complaint done = reload(complaint);
    assertThat(done.getState()).isEqualTo(ComplaintState.CONCLUDED);
    assertThat(done.getOutcome()).isEqualTo(ComplaintOutcome.FOUNDED);
    assertThat(done.getAnswer()).contains("参评单位或个人", "属实", "情况属实");
  }

  @Test
  @DisplayName("Art 29: an unfounded complaint about an expert is verified on its own path and answered; the engine holds no complainant")
  void staffComplaintUnfounded() {
    EngineClock.startOf(FILED);
    Complaint complaint = complaints.file(new Complaints.FileComplaint("司马投诉人", "13700008888",
        ComplaintSubject.AWARD_STAFF, null, null, "王评审", "现场评审组评审员", "该评审员在现场评审时收受被评审单位礼品。",
        ComplaintSource.PUBLIC, null, false));
    ProcessInstance instance = instance(complaint);
    BpmnAwareTests.assertThat(instance).isWaitingAt(VERIFY_STAFF_COMPLAINT);
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(taskService.getVariables(task.getId()))
        .containsEntry("concerning", "承担评审工作的机构和人员：王评审（现场评审组评审员）")
        .hasEntrySatisfying("guidance", g -> assertThat((String) g).contains("第二十九条"));

    EngineTables.submitAsTasklist(engine, task.getId(), verifiedPerson(false));

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(ANSWER_COMPLAINANT).hasNotPassed(VERIFY_CANDIDATE_COMPLAINT);
    Complaint done = reload(complaint);
    assertThat(done.getOutcome()).isEqualTo(ComplaintOutcome.UNFOUNDED);
    assertThat(done.getAnswer()).contains("评审工作的机构和人员", "不属实", "未发现所述情况");
    assertThat(EngineTables.rowsContaining(jdbc, "司马投诉人", "13700008888")).isEmpty();
  }

  @Test
  @DisplayName("Art 9(6), 26, 29, 30: each kind names its own subject on record; the office's sources concern holders only")
  void subjectsAreChecked() {
    EngineClock.startOf(FILED);
    assertThatThrownBy(() -> complaints.file(new Complaints.FileComplaint("赵六", "13803120000",
        ComplaintSubject.AWARD_STAFF, null, null, "王", "评审员 130602199001011234", "该评审员泄露被评审单位的商业秘密。",
        ComplaintSource.PUBLIC, null, false))).isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("personName", "personRole"));
    assertThatThrownBy(() -> complaints.file(new Complaints.FileComplaint("赵六", "13803120000",
        ComplaintSubject.CANDIDATE, null, 987654321L, null, null, "该企业申报材料中的质量指标系伪造。",
        ComplaintSource.PUBLIC, null, false))).isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("applicationId"));
    assertThatThrownBy(() -> complaints.file(new Complaints.FileComplaint("赵六", "13803120000",
        ComplaintSubject.AWARD_STAFF, null, null, "王评审", "评审员", "该评审员泄露被评审单位的商业秘密。",
        ComplaintSource.SPOT_CHECK, "office1", true))).isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("source"));
  }

  @Test
  @DisplayName("Art 9(6): an unfounded complaint is verified by the office and answered; the honour stays valid")
  void unfounded() {
    Honour honour = RevocationFixtures.organisation(honours, AwardLevel.AWARD, AWARDED);
    Complaint complaint = file(honour, ComplaintSource.PUBLIC);
    assertThat(complaint.getReceiptNumber()).matches("TS-2026-\\d{6}-[A-Z2-9]{6}");
    ProcessInstance instance = instance(complaint);
    BpmnAwareTests.assertThat(instance).isWaitingAt(VERIFY_COMPLAINT);
    Task task = verification(instance);
    BpmnAwareTests.assertThat(task).hasCandidateGroup("quality-office");
    assertThat(task.getName()).isEqualTo("核实投诉举报：" + honour.getHolderName());
    assertThat(taskService.getVariables(task.getId())).containsEntry("source", "投诉举报，2026-09-01 受理")
        .doesNotContainKey("complainant");

    taskService.complete(task.getId(), verified(false, null, null));

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(FOUNDED, ANSWER_COMPLAINANT, END_COMPLAINT_ANSWERED)
        .hasNotPassed(REVOCATION);
    Complaint done = reload(complaint);
    assertThat(done.getState()).isEqualTo(ComplaintState.CONCLUDED);
    assertThat(done.getOutcome()).isEqualTo(ComplaintOutcome.UNFOUNDED);
    assertThat(done.getAnswer()).contains("不属实", "未发现所述情况");
    assertThat(honours.get(honour.getId()).getState()).isEqualTo(HonourState.VALID);
    assertThat(history.eventsOf(honour.getId())).extracting(HonourHistory.Event::type)
        .containsExactly("COMPLAINT_FILED", "COMPLAINT_VERIFIED", "COMPLAINT_CONCLUDED");
  }

  @Test
  @DisplayName("PIPL: after a whole complaint, submitted as Tasklist does, the engine's variables and history hold neither the complainant's name nor contact, also where the complainant wrote them into the grounds")
  void complainantStaysOutOfTheEngine() {
    Honour honour = RevocationFixtures.organisation(honours, AwardLevel.AWARD, AWARDED);
    EngineClock.startOf(FILED);
    Complaint complaint = complaints.file(new Complaints.FileComplaint("司马投诉人", "13700008888", honour.getId(),
        "本人司马投诉人（13700008888）举报：该企业在展会上出租荣誉牌匾供他人宣传。", ComplaintSource.PUBLIC, null, false));

    EngineTables.submitAsTasklist(engine, verification(instance(complaint)).getId(), verified(false, null, null));

    assertThat(reload(complaint).getState()).isEqualTo(ComplaintState.CONCLUDED);
    assertThat(EngineTables.rowsContaining(jdbc, complaint.getReceiptNumber())).as("the tables are read").isNotEmpty();
    assertThat(EngineTables.rowsContaining(jdbc, "司马投诉人", "13700008888")).isEmpty();
  }

  @Test
  @DisplayName("Art 26, 30(4): advertising misuse entered by the office is proposed as 30(4), revoked by the leading group, the complainant answered")
  void misuseRevoked() {
    Honour honour = RevocationFixtures.organisation(honours, AwardLevel.AWARD, AWARDED);
    Complaint complaint = file(honour, ComplaintSource.ADVERTISING_MISUSE);
    ProcessInstance instance = instance(complaint);
    Task task = verification(instance);
    assertThat(taskService.getVariable(task.getId(), "ground")).isEqualTo("VIOLATION");

    taskService.complete(task.getId(), verified(true, RevocationGround.VIOLATION, LocalDate.of(2026, 8, 15)));
    assertThat(reload(complaint).getState()).isEqualTo(ComplaintState.REVOCATION);
    ProcessInstance revocation = revocationOf(complaint);
    BpmnAwareTests.assertThat(revocation).isWaitingAt(LEADING_GROUP_MEETING);
    Task meeting = taskService.createTaskQuery().processInstanceId(revocation.getId()).singleResult();
    assertThat(taskService.getVariable(meeting.getId(), "ground")).isEqualTo("VIOLATION");
    assertThat((String) taskService.getVariable(meeting.getId(), "proposal")).contains(complaint.getReceiptNumber(), "包装印有荣誉称号");

    EngineClock.startOf(MEETING);
    taskService.complete(meeting.getId(), RevocationFixtures.meeting(MEETING, true, RevocationGround.VIOLATION,
        LocalDate.of(2026, 8, 15)));
    assertThat(honours.get(honour.getId()).getState()).isEqualTo(HonourState.REVOKED);
    // PIPL: the meeting's chair and attendees are on the revocation's record, not in the engine's history
    assertThat(EngineTables.rowsContaining(jdbc, "张组长", "领导小组成员李")).isEmpty();
    BpmnAwareTests.assertThat(instance).isWaitingAt(REVOCATION);
    RevocationFixtures.recallTasks(taskService, revocation.getId())
        .forEach(t -> taskService.complete(t.getId(), Map.of("returnedOn", MEETING.toString())));

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(REVOCATION, ANSWER_COMPLAINANT, END_COMPLAINT_ANSWERED);
    Complaint done = reload(complaint);
    assertThat(done.getOutcome()).isEqualTo(ComplaintOutcome.REVOKED);
    assertThat(done.getAnswer()).contains("2026-09-10 撤销", "第三十条第（四）项");
  }

  @Test
  @DisplayName("Art 30: a founded spot-check report the leading group does not revoke is answered with its opinion")
  void foundedNotRevoked() {
    Honour honour = RevocationFixtures.organisation(honours, AwardLevel.NOMINATION, AWARDED);
    Complaint complaint = file(honour, ComplaintSource.SPOT_CHECK);
    taskService.complete(verification(instance(complaint)).getId(),
        verified(true, RevocationGround.SPOT_CHECK_FAILURE, LocalDate.of(2026, 8, 20)));
    ProcessInstance revocation = revocationOf(complaint);
    EngineClock.startOf(MEETING);
    taskService.complete(taskService.createTaskQuery().processInstanceId(revocation.getId()).singleResult().getId(),
        RevocationFixtures.meeting(MEETING, false, null, null));

    assertThat(instance(complaint)).as("complaint process ended").isNull();
    Complaint done = reload(complaint);
    assertThat(done.getOutcome()).isEqualTo(ComplaintOutcome.NOT_REVOKED);
    assertThat(done.getAnswer()).contains("决定不撤销", "情节轻微");
    assertThat(honours.get(honour.getId()).getState()).isEqualTo(HonourState.VALID);
  }

  @Test
  @DisplayName("Art 30(1), 30(3): a complaint about an expired honour — fraud still revokes it, an accident after the validity does not qualify")
  void expiredHonour() {
    LocalDate awarded = LocalDate.of(2021, 3, 1);
    EngineClock.startOf(awarded);
    Honour honour = RevocationFixtures.organisation(honours, AwardLevel.NOMINATION, awarded);
    honours.expire(honour.getId());
    assertThat(honours.get(honour.getId()).getState()).isEqualTo(HonourState.EXPIRED);

    Complaint complaint = file(honour, ComplaintSource.PUBLIC);
    Task task = verification(instance(complaint));
    assertThat((String) taskService.getVariable(task.getId(), "honour")).contains("已期满");
    Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> taskService.complete(task.getId(),
        verified(true, RevocationGround.ACCIDENT, LocalDate.of(2026, 4, 1))));
    assertThat(refused).hasRootCauseInstanceOf(InvalidInputException.class);
    assertThat(rootCause(refused).problems()).extracting(FieldProblem::field).containsExactly("factDate");

    taskService.complete(task.getId(), verified(true, RevocationGround.FRAUD, LocalDate.of(2020, 10, 1)));
    ProcessInstance revocation = revocationOf(complaint);
    EngineClock.startOf(MEETING);
    taskService.complete(taskService.createTaskQuery().processInstanceId(revocation.getId()).singleResult().getId(),
        RevocationFixtures.meeting(MEETING, true, RevocationGround.FRAUD, LocalDate.of(2020, 10, 1)));
    List<Task> recall = RevocationFixtures.recallTasks(taskService, revocation.getId());
    assertThat(recall).hasSize(2);
    recall.forEach(t -> taskService.complete(t.getId(), Map.of("returnedOn", MEETING.toString())));

    Honour revoked = honours.get(honour.getId());
    assertThat(revoked.getState()).isEqualTo(HonourState.REVOKED);
    assertThat(reload(complaint).getOutcome()).isEqualTo(ComplaintOutcome.REVOKED);
  }

  @Test
  @DisplayName("Art 30: a complaint about an already revoked honour is registered and answered so; no second revocation")
  void alreadyRevoked() {
    Honour honour = RevocationFixtures.person(honours, AwardLevel.AWARD, AWARDED);
    honours.revoke(honour.getId(), LocalDate.of(2026, 8, 1));

    Complaint complaint = file(honour, ComplaintSource.ACCIDENT_REPORT);

    assertThat(instance(complaint)).as("complaint process ended").isNull();
    Complaint done = reload(complaint);
    assertThat(done.getOutcome()).isEqualTo(ComplaintOutcome.ALREADY_REVOKED);
    assertThat(done.getAnswer()).contains("已于 2026-08-01 撤销");
    assertThat(revocationOf(complaint)).isNull();
    assertThat(revocations.ofHonour(honour.getId())).isEmpty();
    var history = org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService()
        .createHistoricActivityInstanceQuery().processInstanceId(done.getProcessInstanceId()).list();
    assertThat(history).extracting(h -> h.getActivityId()).contains(HONOUR_REVOKED, JOIN_ANSWER,
        ANSWER_COMPLAINANT).doesNotContain(VERIFY_COMPLAINT);
  }

  @Test
  @DisplayName("Art 30: two founded complaints about one holder revoke it once; the second meeting cannot revoke again and its complainant is told")
  void secondComplaintWhileRevoked() {
    Honour honour = RevocationFixtures.organisation(honours, AwardLevel.NOMINATION, AWARDED);
    Complaint first = file(honour, ComplaintSource.PUBLIC);
    Complaint second = file(honour, ComplaintSource.ACCIDENT_REPORT);
    for (Complaint c : List.of(first, second)) {
      taskService.complete(verification(instance(c)).getId(), verified(true, RevocationGround.ACCIDENT,
          LocalDate.of(2026, 8, 3)));
    }
    EngineClock.startOf(MEETING);
    Task firstMeeting = taskService.createTaskQuery().processInstanceId(revocationOf(first).getId()).singleResult();
    taskService.complete(firstMeeting.getId(),
        RevocationFixtures.meeting(MEETING, true, RevocationGround.ACCIDENT, LocalDate.of(2026, 8, 3)));

    Task secondMeeting = taskService.createTaskQuery().processInstanceId(revocationOf(second).getId()).singleResult();
    Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> taskService.complete(secondMeeting.getId(),
        RevocationFixtures.meeting(MEETING, true, RevocationGround.ACCIDENT, LocalDate.of(2026, 8, 3))));
    assertThat(rootCause(refused).problems()).extracting(FieldProblem::field).containsExactly("approved");
    assertThat(rootCause(refused).getMessage()).contains("已于 2026-09-10 撤销");
    taskService.complete(secondMeeting.getId(), RevocationFixtures.meeting(MEETING, false, null, null));

    Complaint done = reload(second);
    assertThat(done.getOutcome()).isEqualTo(ComplaintOutcome.ALREADY_REVOKED);
    assertThat(done.getAnswer()).contains("另案处理");
    assertThat(revocations.ofHonour(honour.getId())).hasSize(2);
  }

  @Test
  @DisplayName("Art 30: the verification form lists every problem: findings missing, ground missing when founded")
  void verificationRefusals() {
    Honour honour = RevocationFixtures.organisation(honours, AwardLevel.AWARD, AWARDED);
    Complaint complaint = file(honour, ComplaintSource.PUBLIC);
    Task task = verification(instance(complaint));
    Map<String, Object> form = verified(true, null, null);
    form.put("findings", " ");

    Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> taskService.complete(task.getId(), form));
    assertThat(rootCause(refused).problems()).extracting(FieldProblem::field)
        .containsExactlyInAnyOrder("findings", "ground", "factDate");
    BpmnAwareTests.assertThat(instance(complaint)).isWaitingAt(VERIFY_COMPLAINT);
  }

  private static InvalidInputException rootCause(Throwable thrown) {
    Throwable cause = thrown;
    while (cause != null && !(cause instanceof InvalidInputException)) {
      cause = cause.getCause();
    }
    assertThat(cause).isNotNull();
    return (InvalidInputException) cause;
  }
}
