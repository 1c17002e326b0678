package org.qualityaward.revocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.honour.HonourModel.END_HONOUR_REVOKED;
import static org.qualityaward.revocation.RevocationModel.COMPLETE_RECALL;
import static org.qualityaward.revocation.RevocationModel.END_NOT_REVOKED;
import static org.qualityaward.revocation.RevocationModel.END_REMINDER_NOT_DUE;
import static org.qualityaward.revocation.RevocationModel.END_REMINDER_RECORDED;
import static org.qualityaward.revocation.RevocationModel.END_REVOKED;
import static org.qualityaward.revocation.RevocationModel.LEADING_GROUP_MEETING;
import static org.qualityaward.revocation.RevocationModel.RECALL_REMINDER;
import static org.qualityaward.revocation.RevocationModel.RECORD_RECALL_REMINDER;
import static org.qualityaward.revocation.RevocationModel.REMINDER_DUE;
import static org.qualityaward.revocation.RevocationModel.REVOKE_HONOUR;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
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
import org.qualityaward.honour.AwardLevel;
import org.qualityaward.honour.Honour;
import org.qualityaward.honour.HonourHistory;
import org.qualityaward.honour.HonourState;
import org.qualityaward.honour.Honours;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The revocation model (Art 24, 30, 32) started directly, as the complaint's call activity does. */
@ProcessTest
class RevocationProcessTest {

  static final LocalDate AWARDED = LocalDate.of(2026, 6, 1);
  static final LocalDate MEETING = LocalDate.of(2026, 9, 10);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired Honours honours;
  @Autowired Revocations revocations;
  @Autowired BanRepository bans;
  @Autowired RevocationHistory history;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    EngineClock.startOf(AWARDED);
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  private ProcessInstance propose(Honour honour, RevocationGround ground, LocalDate factDate) {
    EngineClock.startOf(MEETING.minusDays(3));
    Map<String, Object> vars = new HashMap<>();
    vars.put("honourId", honour.getId());
    vars.put("proposedGround", ground == null ? null : ground.name());
    vars.put("proposedFactDate", factDate == null ? null : factDate.toString());
    vars.put("proposal", "抽查报告编号 2026-CC-001 显示主导产品不合格");
    return runtimeService.startProcessInstanceByKey(Revocations.PROCESS_KEY, "test-" + honour.getId(), vars);
  }

  private Task meetingTask(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(LEADING_GROUP_MEETING).singleResult();
  }

  private Revocation revocationOf(ProcessInstance instance) {
    return revocations.get(runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance.getId())
        .variableName("revocationId").singleResult().getValue());
  }

  /** Listener refusals reach the caller wrapped by the engine; the cause carries the field problems. */
  static InvalidInputException refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
    assertThat(thrown).hasRootCauseInstanceOf(InvalidInputException.class);
    Throwable cause = thrown;
    while (!(cause instanceof InvalidInputException)) {
      cause = cause.getCause();
    }
    return (InvalidInputException) cause;
  }

  @Test
  @DisplayName("Art 30, 32: revoking an award ends the honour, bans the holder exactly 5 years, announces it and recalls four items")
  void revokesAward() {
    Honour honour = RevocationFixtures.organisation(honours, AwardLevel.AWARD, AWARDED);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("honour-" + honour.getId())
        .count()).isEqualTo(1);
    ProcessInstance instance = propose(honour, RevocationGround.SPOT_CHECK_FAILURE, LocalDate.of(2026, 8, 20));
    BpmnAwareTests.assertThat(instance).isWaitingAt(LEADING_GROUP_MEETING);
    Task meeting = meetingTask(instance);
    BpmnAwareTests.assertThat(meeting).hasCandidateGroup("leading-group");
    assertThat(meeting.getName()).isEqualTo("领导小组会议审议撤销：" + honour.getHolderName());
    assertThat(taskService.getVariable(meeting.getId(), "ground")).isEqualTo("SPOT_CHECK_FAILURE");
    assertThat((String) taskService.getVariable(meeting.getId(), "proposal")).contains("2026-CC-001");

    EngineClock.startOf(MEETING);
    taskService.complete(meeting.getId(),
        RevocationFixtures.meeting(MEETING, true, RevocationGround.SPOT_CHECK_FAILURE, LocalDate.of(2026, 8, 20)));

    Honour revoked = honours.get(honour.getId());
    assertThat(revoked.getState()).isEqualTo(HonourState.REVOKED);
    assertThat(revoked.getRevokedOn()).isEqualTo(MEETING);
    ProcessInstance honourLife = runtimeService.createProcessInstanceQuery().processDefinitionKey(Honours.PROCESS_KEY)
        .processInstanceBusinessKey("honour-" + honour.getId()).singleResult();
    assertThat(honourLife).as("the decision ends the honour's own process at once").isNull();
    assertThat(historyService.createHistoricActivityInstanceQuery().activityId(END_HONOUR_REVOKED).list())
        .extracting(a -> historyService.createHistoricProcessInstanceQuery().processInstanceId(a.getProcessInstanceId())
            .singleResult().getBusinessKey())
        .contains("honour-" + honour.getId());
    Revocation revocation = revocationOf(instance);
    assertThat(revocation.getState()).isEqualTo(RevocationState.RECALLING);
    assertThat(revocation.getAnnouncedAt()).isNotNull();
    Ban ban = bans.findById(revocation.getBanId()).orElseThrow();
    assertThat(ban.getSubjectCreditCode()).isEqualTo(honour.getHolderCreditCode());
    assertThat(ban.getBannedUntil()).isEqualTo(LocalDate.of(2031, 9, 10));
    assertThat(ban.getGrounds()).startsWith("第三十条第（二）项");

    List<Task> recall = RevocationFixtures.recallTasks(taskService, instance.getId());
    assertThat(recall).extracting(Task::getName).containsExactlyInAnyOrder(
        "收回水晶鼎（杯）：" + honour.getHolderName(), "收回奖牌：" + honour.getHolderName(),
        "收回证书：" + honour.getHolderName(), "收回奖金：" + honour.getHolderName());
    recall.forEach(t -> BpmnAwareTests.assertThat(t).hasCandidateGroup("quality-office"));

    for (Task t : recall) {
      taskService.complete(t.getId(), Map.of("returnedOn", MEETING.toString(), "note", "当面交回"));
    }
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(COMPLETE_RECALL, END_REVOKED);
    assertThat(revocations.get(revocation.getId()).getState()).isEqualTo(RevocationState.COMPLETED);
    assertThat(history.eventsOf(honour.getId())).extracting(HonourHistory.Event::type)
        .contains("REVOCATION_PROPOSED", "REVOCATION_DECIDED", "REVOKED", "BAN", "RECALL_RETURNED");
  }

  @Test
  @DisplayName("Art 30, 33: revoking an award also recalls what its renewal reissued: the trophy, plaque and certificate"
      + " of the reissued honour, told apart, no prize money")
  void revokesAwardAndWhatItsRenewalReissued() {
    Honour honour = RevocationFixtures.organisation(honours, AwardLevel.AWARD, AWARDED.minusYears(5));
    Honour reissued = honours.reissue(honour.getId(), AWARDED.plusDays(30), honour.getApplicationId());
    // renewed again (an honour may be renewed at each expiry): its items are recalled too
    Honour reissuedAgain = honours.reissue(reissued.getId(), AWARDED.plusDays(40), honour.getApplicationId());
    ProcessInstance instance = propose(honour, RevocationGround.FRAUD, LocalDate.of(2025, 12, 1));
    EngineClock.startOf(MEETING);
    taskService.complete(meetingTask(instance).getId(),
        RevocationFixtures.meeting(MEETING, true, RevocationGround.FRAUD, LocalDate.of(2025, 12, 1)));

    assertThat(honours.get(reissued.getId()).getState()).isEqualTo(HonourState.REVOKED);
    assertThat(honours.get(reissuedAgain.getId()).getState()).isEqualTo(HonourState.REVOKED);
    String holder = honour.getHolderName();
    List<Task> recall = RevocationFixtures.recallTasks(taskService, instance.getId());
    assertThat(recall).extracting(Task::getName).containsExactlyInAnyOrder(
        "收回水晶鼎（杯）：" + holder, "收回奖牌：" + holder, "收回证书：" + holder, "收回奖金：" + holder,
        "收回复评换发的水晶鼎（杯）：" + holder, "收回复评换发的奖牌：" + holder, "收回复评换发的证书：" + holder,
        "收回复评换发的水晶鼎（杯）：" + holder, "收回复评换发的奖牌：" + holder, "收回复评换发的证书：" + holder);
    recall.forEach(t -> taskService.complete(t.getId(), Map.of("returnedOn", MEETING.toString())));
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_REVOKED);
    assertThat(history.eventsOf(honour.getId())).extracting(HonourHistory.Event::summary)
        .anyMatch(summary -> summary.contains("收回水晶鼎（杯）、奖牌、证书、奖金、复评换发的水晶鼎（杯）、复评换发的奖牌、复评换发的证书"));
  }

  @Test
  @DisplayName("Art 24, 30: a revoked nomination recalls only its certificate and plaque; a person is banned by ID number")
  void revokesNomination() {
    Honour honour = RevocationFixtures.person(honours, AwardLevel.NOMINATION, AWARDED);
    ProcessInstance instance = propose(honour, RevocationGround.FRAUD, LocalDate.of(2025, 12, 1));
    EngineClock.startOf(MEETING);
    taskService.complete(meetingTask(instance).getId(),
        RevocationFixtures.meeting(MEETING, true, RevocationGround.FRAUD, LocalDate.of(2025, 12, 1)));

    List<Task> recall = RevocationFixtures.recallTasks(taskService, instance.getId());
    assertThat(recall).extracting(Task::getName).containsExactlyInAnyOrder(
        "收回奖牌：" + honour.getHolderName(), "收回证书：" + honour.getHolderName());
    Ban ban = bans.findById(revocationOf(instance).getBanId()).orElseThrow();
    assertThat(ban.getSubjectIdNumber()).isEqualTo(honour.getHolderIdNumber());
    assertThat(ban.getSubjectCreditCode()).isNull();
    recall.forEach(t -> taskService.complete(t.getId(), Map.of("returnedOn", MEETING.toString())));
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_REVOKED);
  }

  @Test
  @DisplayName("Art 30: the leading group may decide not to revoke; the honour stays valid and nothing is recalled")
  void meetingDoesNotRevoke() {
    Honour honour = RevocationFixtures.organisation(honours, AwardLevel.AWARD, AWARDED);
    ProcessInstance instance = propose(honour, RevocationGround.VIOLATION, LocalDate.of(2026, 8, 1));
    EngineClock.startOf(MEETING);
    taskService.complete(meetingTask(instance).getId(), RevocationFixtures.meeting(MEETING, false, null, null));

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_NOT_REVOKED).hasNotPassed(REVOKE_HONOUR);
    assertThat(honours.get(honour.getId()).getState()).isEqualTo(HonourState.VALID);
    Revocation revocation = revocations.get(revocations.ofHonour(honour.getId()).get(0).getId());
    assertThat(revocation.getState()).isEqualTo(RevocationState.NOT_REVOKED);
    assertThat(revocation.getChair()).isEqualTo("张组长");
    assertThat(bans.findBySubjectCreditCode(honour.getHolderCreditCode())).isEmpty();
  }

  @Test
  @DisplayName("Art 30: the meeting's form is refused with every field problem — no ground, a fact outside the validity, a future meeting")
  void meetingRefusals() {
    Honour honour = RevocationFixtures.person(honours, AwardLevel.AWARD, AWARDED);
    ProcessInstance instance = propose(honour, null, null);
    EngineClock.startOf(MEETING);
    Task meeting = meetingTask(instance);
    Map<String, Object> form = RevocationFixtures.meeting(MEETING.plusDays(1), true, RevocationGround.SPOT_CHECK_FAILURE,
        LocalDate.of(2026, 8, 1));
    // what the form itself requires is checked first, as Tasklist would; then the Art 30 rules
    form.put("chair", "");
    assertThat(refusal(() -> taskService.complete(meeting.getId(), form)).problems()).extracting(FieldProblem::field)
        .containsExactly("chair");
    form.put("chair", "张组长");
    assertThat(refusal(() -> taskService.complete(meeting.getId(), form)).problems()).extracting(FieldProblem::field)
        .containsExactlyInAnyOrder("meetingDate", "ground");

    Map<String, Object> outside = RevocationFixtures.meeting(MEETING, true, RevocationGround.ACCIDENT, LocalDate.of(2026, 5, 31));
    assertThat(refusal(() -> taskService.complete(meeting.getId(), outside)).problems())
        .extracting(FieldProblem::field).containsExactly("factDate");
    BpmnAwareTests.assertThat(instance).isWaitingAt(LEADING_GROUP_MEETING);
    assertThat(honours.get(honour.getId()).getState()).isEqualTo(HonourState.VALID);
  }

  @Test
  @DisplayName("Art 30: an item still out is reminded every 10 working days, checked daily; a returned one is not")
  void recallReminders() {
    Honour honour = RevocationFixtures.organisation(honours, AwardLevel.NOMINATION, AWARDED);
    ProcessInstance instance = propose(honour, RevocationGround.VIOLATION, LocalDate.of(2026, 8, 1));
    EngineClock.startOf(MEETING);
    taskService.complete(meetingTask(instance).getId(),
        RevocationFixtures.meeting(MEETING, true, RevocationGround.VIOLATION, LocalDate.of(2026, 8, 1)));
    List<Task> recall = RevocationFixtures.recallTasks(taskService, instance.getId());
    Task plaque = recall.stream().filter(t -> t.getName().startsWith("收回奖牌")).findFirst().orElseThrow();
    Task certificate = recall.stream().filter(t -> t.getName().startsWith("收回证书")).findFirst().orElseThrow();
    Long certificateItem = (Long) taskService.getVariable(certificate.getId(), "recallItemId");
    Long plaqueItem = (Long) taskService.getVariable(plaque.getId(), "recallItemId");

    // revoked Thu 2026-09-10: ten full working days are 09-11 … 09-23, Sunday 09-20 being a make-up
    // working day (调休), so the reminder is due on 09-24
    assertThat(revocations.reminderDueOn(MEETING)).isEqualTo(LocalDate.of(2026, 9, 24));
    // Art 30: each item is due the day before its first reminder
    assertThat(formService.getTaskFormVariables(plaque.getId()).get("dueDateLabel")).isEqualTo("2026-09-23（星期三）前办结");
    assertThat(plaque.getDueDate()).isEqualTo(
        Date.from(LocalDate.of(2026, 9, 23).atTime(23, 59, 59).atZone(EngineClock.ZONE).toInstant()));
    EngineClock.set(LocalDateTime.of(2026, 9, 11, 10, 0));
    EngineClock.runDueJobs(managementService);
    assertThat(revocations.remindersOf(plaqueItem)).isEmpty();

    taskService.complete(plaque.getId(), Map.of("returnedOn", "2026-09-11"));
    EngineClock.set(LocalDateTime.of(2026, 9, 23, 10, 0));
    EngineClock.runDueJobs(managementService);
    assertThat(revocations.remindersOf(certificateItem)).isEmpty();
    EngineClock.set(LocalDateTime.of(2026, 9, 24, 10, 0));
    EngineClock.runDueJobs(managementService);
    assertThat(revocations.remindersOf(certificateItem)).extracting(RecallReminder::getOrdinal).containsExactly(1);
    assertThat(revocations.remindersOf(plaqueItem)).isEmpty();

    // the next period starts at the reminder and skips the Mid-Autumn and National Day holidays
    LocalDate second = revocations.reminderDueOn(LocalDate.of(2026, 9, 24));
    assertThat(second).isEqualTo(LocalDate.of(2026, 10, 16));
    EngineClock.set(second.minusDays(1).atTime(10, 0));
    EngineClock.runDueJobs(managementService);
    assertThat(revocations.remindersOf(certificateItem)).hasSize(1);
    EngineClock.set(second.atTime(10, 0));
    EngineClock.runDueJobs(managementService);
    assertThat(revocations.remindersOf(certificateItem)).extracting(RecallReminder::getOrdinal).containsExactly(1, 2);
    assertThat(history.eventsOf(honour.getId())).extracting(HonourHistory.Event::type).contains("RECALL_REMINDER");

    BpmnAwareTests.assertThat(instance).hasPassed(RECALL_REMINDER, REMINDER_DUE,
        RECORD_RECALL_REMINDER, END_REMINDER_RECORDED, END_REMINDER_NOT_DUE);
    assertThat(refusal(() -> taskService.complete(certificate.getId(), Map.of("returnedOn", "2026-09-01"))).getMessage())
        .contains("早于撤销日期");
    taskService.complete(certificate.getId(), Map.of("returnedOn", second.toString()));
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(END_REVOKED);
  }
}
