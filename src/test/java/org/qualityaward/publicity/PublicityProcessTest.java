package org.qualityaward.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doReturn;
import static org.qualityaward.publicity.ObjectionModel.ANSWER_OBJECTOR;
import static org.qualityaward.publicity.ObjectionModel.CONCLUDE_OBJECTION;
import static org.qualityaward.publicity.ObjectionModel.DISQUALIFY_CANDIDATE;
import static org.qualityaward.publicity.ObjectionModel.END_OBJECTION_CONCLUDED;
import static org.qualityaward.publicity.ObjectionModel.INVESTIGATE_OBJECTION;
import static org.qualityaward.publicity.ObjectionModel.JOIN_ANSWER;
import static org.qualityaward.publicity.ObjectionModel.REGISTER_OBJECTION;
import static org.qualityaward.publicity.ObjectionModel.SUBSTANTIATED;
import static org.qualityaward.publicity.PublicityModel.CLOSE_PUBLICITY_PERIOD;
import static org.qualityaward.publicity.PublicityModel.END_PERIOD_ENDED;
import static org.qualityaward.publicity.PublicityModel.HANDLE_OBJECTION;
import static org.qualityaward.publicity.PublicityModel.OBJECTION_FILED;
import static org.qualityaward.publicity.PublicityModel.OPEN_PUBLICITY;
import static org.qualityaward.publicity.PublicityModel.PUBLICITY_ENDS;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.calendar.CalendarYearNotPublishedException;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.publicity.objection.FileObjectionCommand;
import org.qualityaward.publicity.objection.Objection;
import org.qualityaward.publicity.objection.ObjectionState;
import org.qualityaward.testing.EngineTables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Every path of processes {@code publicity} and {@code objection}. */
@RecordApplicationEvents
class PublicityProcessTest extends AbstractPublicityTest {

  @org.springframework.beans.factory.annotation.Autowired ApplicationEvents events;
  @org.springframework.beans.factory.annotation.Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName("Art 17, 民法典第二百零一条: published Monday 2 March, the 5 full working days are 3–9 March; no objection, caller gets \"\"")
  void periodEndsWithoutObjection() {
    long app = newApplicationId();
    Long id = publish(LocalDate.of(2026, 3, 2), 5, app);
    ProcessInstance caller = startCaller(id);
    ProcessInstance publicity = publicityOf(caller);

    BpmnAwareTests.assertThat(publicity).hasPassed(OPEN_PUBLICITY).isWaitingAt(PUBLICITY_ENDS);
    Publicity row = publicities.findById(id).orElseThrow();
    assertThat(row.getState()).isEqualTo(PublicityState.RUNNING);
    assertThat(row.getProcessInstanceId()).isEqualTo(publicity.getId());
    assertThat(row.getPublishedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(row.getFirstDay()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(row.getLastDay()).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(row.periodText()).isEqualTo("2026年3月3日至2026年3月9日（5个工作日）");

    // the end of the last day: midnight in the award's zone
    Job timer = scheduleTimer(publicity);
    assertThat(timer.getDuedate()).isEqualTo(instant(LocalDateTime.of(2026, 3, 10, 0, 0)));

    setClock(LocalDateTime.of(2026, 3, 10, 0, 0, 1));
    managementService.executeJob(timer.getId());

    BpmnAwareTests.assertThat(publicity).hasPassedInOrder(PUBLICITY_ENDS, CLOSE_PUBLICITY_PERIOD,
        END_PERIOD_ENDED).isEnded();
    BpmnAwareTests.assertThat(caller).isWaitingAt("Wait_AfterPublicity")
        .variables().containsEntry("disqualifiedApplicationIds", "");
    assertThat(publicities.findById(id).orElseThrow().getState()).isEqualTo(PublicityState.CONCLUDED);
    assertThat(events.stream(CandidateDisqualified.class)).isEmpty();
  }

  @Test
  @DisplayName("Art 16: published 30 September, the period counts working days only after 国庆 (10-8, 10-9, make-up Saturday 10-10, 10-12, 10-13)")
  void periodSkipsHolidaysAndCountsMakeUpDays() {
    Long id = publish(LocalDate.of(2026, 9, 30), 5, newApplicationId());
    setClock(LocalDateTime.of(2026, 9, 30, 8, 0));
    ProcessInstance publicity = publicityOf(startCaller(id));
    assertThat(publicities.findById(id).orElseThrow().periodText()).isEqualTo("2026年10月8日至2026年10月13日（5个工作日）");
    assertThat(scheduleTimer(publicity).getDuedate()).isEqualTo(instant(LocalDateTime.of(2026, 10, 14, 0, 0)));
  }

  @Test
  @DisplayName("Art 21: an unfounded objection is answered, nobody is disqualified")
  void objectionUnfounded() {
    long app = newApplicationId();
    Long id = publish(LocalDate.of(2026, 3, 2), 5, app);
    ProcessInstance caller = startCaller(id);
    ProcessInstance publicity = publicityOf(caller);
    Job timer = scheduleTimer(publicity);

    setClock(LocalDateTime.of(2026, 3, 4, 10, 0));
    Objection objection = file(id, app);
    assertThat(objection.getReceiptNumber()).matches("YY-2026-\\d{6}-[A-Z2-9]{6}");
    BpmnAwareTests.assertThat(publicity).hasPassed(OBJECTION_FILED)
        .isWaitingAt(HANDLE_OBJECTION, PUBLICITY_ENDS);

    Objection registered = objections.findById(objection.getId()).orElseThrow();
    assertThat(registered.getState()).isEqualTo(ObjectionState.INVESTIGATING);
    ProcessInstance objectionPi = runtimeService.createProcessInstanceQuery()
        .processInstanceId(registered.getProcessInstanceId()).singleResult();
    BpmnAwareTests.assertThat(objectionPi).hasPassed(REGISTER_OBJECTION)
        .isWaitingAt(INVESTIGATE_OBJECTION)
        .variables().containsEntry("objectionId", objection.getId()).containsEntry("handlerGroup", GROUP);
    Task investigate = taskOf(objection);
    BpmnAwareTests.assertThat(investigate).hasCandidateGroup(GROUP).isNotAssigned();
    // Art 21: an objection is handled within its publicity, whose last day is Monday 9 March
    assertThat(investigate.getDueDate()).isEqualTo(instant(LocalDateTime.of(2026, 3, 9, 23, 59, 59)));
    assertThat(formService.getTaskFormVariables(investigate.getId()).get("dueDateLabel")).isEqualTo("2026-03-09（星期一）前办结");
    // several objections in one inbox are told apart by the candidate objected to
    assertThat(investigate.getName()).isEqualTo("调查核实异议：候选单位" + app + "（申报编号 " + app + "）");
    assertThat(investigate.getDescription()).contains("第二十一条").endsWith("办理期限：2026-03-09（星期一）前办结。");
    assertThat(taskService.createTaskQuery().taskId(investigate.getId()).initializeFormKeys().singleResult()
        .getCamundaFormRef().getKey()).isEqualTo("objection-investigate");
    assertThat(taskService.getVariables(investigate.getId()))
        .containsEntry("candidate", "候选单位" + app + "（申报编号 " + app + "）")
        .containsEntry("grounds", objection.getGrounds())
        .containsEntry("receiptNumber", objection.getReceiptNumber())
        .containsEntry("publicityPeriod", "2026年3月3日至2026年3月9日（5个工作日）")
        .doesNotContainKey("objector");

    investigate(objection);
    BpmnAwareTests.assertThat(objectionPi).isWaitingAt(CONCLUDE_OBJECTION);
    assertThat(runtimeService.getVariables(objectionPi.getId())).doesNotContainKeys("findings", "candidate", "grounds");
    // Art 9(6): the office concludes; it investigated itself, as the handler of its own list (Art 17, 18, 21)
    assertThat(taskService.getVariables(taskOf(objection).getId())).containsEntry("findings", "经核查，情况如下……")
        .containsEntry("investigator", "市质强办");
    BpmnAwareTests.assertThat(taskOf(objection)).hasCandidateGroup("quality-office");
    assertThat(taskService.createTaskQuery().taskId(taskOf(objection).getId()).initializeFormKeys().singleResult()
        .getCamundaFormRef().getKey()).isEqualTo("objection-conclude");

    conclude(objection, false);
    BpmnAwareTests.assertThat(objectionPi).hasPassedInOrder(SUBSTANTIATED, JOIN_ANSWER,
        ANSWER_OBJECTOR, END_OBJECTION_CONCLUDED).hasNotPassed(DISQUALIFY_CANDIDATE).isEnded();
    Objection concluded = objections.findById(objection.getId()).orElseThrow();
    assertThat(concluded.getState()).isEqualTo(ObjectionState.CONCLUDED);
    assertThat(concluded.getSubstantiated()).isFalse();
    assertThat(concluded.getFindings()).isEqualTo("经核查，情况如下……");
    assertThat(concluded.getAnswer()).startsWith("您好");
    assertThat(concluded.getConcludedAt()).isNotNull();
    assertThat(runtimeService.getVariables(publicity.getId())).doesNotContainKey("comment").doesNotContainKey("answer");
    BpmnAwareTests.assertThat(publicity).isWaitingAt(PUBLICITY_ENDS);

    setClock(LocalDateTime.of(2026, 3, 10, 0, 0, 1));
    managementService.executeJob(timer.getId());
    BpmnAwareTests.assertThat(publicity).isEnded();
    BpmnAwareTests.assertThat(caller).variables().containsEntry("disqualifiedApplicationIds", "");
    assertThat(entries.findByPublicityIdAndApplicationId(id, app).orElseThrow().isDisqualified()).isFalse();
    assertThat(events.stream(CandidateDisqualified.class)).isEmpty();
  }

  @Test
  @DisplayName("Art 21: substantiated objections disqualify the candidates, publish CandidateDisqualified, and are returned")
  void objectionsSubstantiated() {
    long first = newApplicationId();
    long second = newApplicationId();
    long untouched = newApplicationId();
    Long id = publish(LocalDate.of(2026, 3, 2), 5, first, second, untouched);
    ProcessInstance caller = startCaller(id);
    ProcessInstance publicity = publicityOf(caller);
    Job timer = scheduleTimer(publicity);

    // two objections at once, the later-numbered candidate first: each carries its own objectionId
    Objection onSecond = file(id, second);
    Objection onFirst = file(id, first);
    Objection againOnSecond = file(id, second);
    assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(publicity.getId()).count()).isEqualTo(3);
    for (Objection o : new Objection[] {onSecond, onFirst, againOnSecond}) {
      assertThat(runtimeService.getVariable(objections.findById(o.getId()).orElseThrow().getProcessInstanceId(),
          "objectionId")).isEqualTo(o.getId());
      investigate(o);
      conclude(o, true);
    }

    assertThat(events.stream(CandidateDisqualified.class)).hasSize(2).allSatisfy(e -> {
      assertThat(e.publicityId()).isEqualTo(id);
      assertThat(e.reason()).contains("经调查，异议属实：存在重大质量事故");
    }).extracting(CandidateDisqualified::applicationId).containsExactly(second, first);
    PublicityEntry disqualified = entries.findByPublicityIdAndApplicationId(id, second).orElseThrow();
    assertThat(disqualified.isDisqualified()).isTrue();
    // the candidate reads the reason: the objection's serial, not the number that opens the objector's answer
    assertThat(disqualified.getDisqualificationReason()).contains(onSecond.serial())
        .doesNotContain(onSecond.getReceiptNumber());
    assertThat(entries.findByPublicityIdAndApplicationId(id, untouched).orElseThrow().isDisqualified()).isFalse();
    String objectionPi = objections.findById(onFirst.getId()).orElseThrow().getProcessInstanceId();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(objectionPi)
        .singleResult().getState()).isEqualTo("COMPLETED");
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(objectionPi)
        .activityId(DISQUALIFY_CANDIDATE).finished().count()).isEqualTo(1);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(objectionPi)
        .activityId(ANSWER_OBJECTOR).finished().count()).isEqualTo(1);

    setClock(LocalDateTime.of(2026, 3, 10, 0, 0, 1));
    managementService.executeJob(timer.getId());
    BpmnAwareTests.assertThat(publicity).isEnded();
    BpmnAwareTests.assertThat(caller).isWaitingAt("Wait_AfterPublicity").variables()
        .containsEntry("disqualifiedApplicationIds", first + "," + second);
  }

  @Test
  @DisplayName("PIPL: after a whole objection, submitted as Tasklist does, the engine's variables and history hold neither the objector's name nor contact, also where the objector and the handlers wrote them into their texts")
  void objectorStaysOutOfTheEngine() {
    long app = newApplicationId();
    Long id = publish(LocalDate.of(2026, 3, 2), 5, app);
    ProcessInstance objectionPublicity = publicityOf(startCaller(id));
    Objection objection = objectionService.file(id, new FileObjectionCommand("欧阳异议人", "13600007777", app,
        "本人欧阳异议人（电话 13600007777）反映：该单位申报材料中的一项专利并非本单位所有。"));
    EngineTables.submitAsTasklist(processEngine, taskOf(objection).getId(),
        Map.of("findings", "经核查，专利权属清楚；已电话联系异议人欧阳异议人（13600007777）。"));
    EngineTables.submitAsTasklist(processEngine, taskOf(objection).getId(),
        Map.of("substantiated", false, "comment", "经调查，欧阳异议人反映的异议不属实", "answer", "欧阳异议人您好，经核实……"));
    assertThat(objections.findById(objection.getId()).orElseThrow().getState()).isEqualTo(ObjectionState.CONCLUDED);
    BpmnAwareTests.assertThat(objectionPublicity).isWaitingAt(PUBLICITY_ENDS);

    assertThat(EngineTables.rowsContaining(jdbc, objection.getReceiptNumber())).as("the tables are read").isNotEmpty();
    assertThat(EngineTables.rowsContaining(jdbc, "欧阳异议人", "13600007777")).isEmpty();
  }

  @Test
  @DisplayName("Art 21: an objection still open when the period ends keeps the publicity open until it is concluded")
  void objectionOpenWhenPeriodEnds() {
    long app = newApplicationId();
    Long id = publish(LocalDate.of(2026, 3, 2), 5, app);
    ProcessInstance caller = startCaller(id);
    ProcessInstance publicity = publicityOf(caller);
    Job timer = scheduleTimer(publicity);
    setClock(LocalDateTime.of(2026, 3, 9, 23, 59));
    Objection objection = file(id, app);

    setClock(LocalDateTime.of(2026, 3, 10, 0, 0, 1));
    managementService.executeJob(timer.getId());
    BpmnAwareTests.assertThat(publicity).hasPassed(CLOSE_PUBLICITY_PERIOD, END_PERIOD_ENDED)
        .isNotEnded().isWaitingAt(HANDLE_OBJECTION);
    BpmnAwareTests.assertThat(caller).isWaitingAt("CallActivity_Publicity");
    assertThat(publicities.findById(id).orElseThrow().getState()).isEqualTo(PublicityState.PERIOD_ENDED);
    assertThatThrownBy(() -> file(id, app)).isInstanceOf(ConflictException.class)
        .hasMessageContaining("公示期已结束（公示期：2026年3月3日至2026年3月9日（5个工作日））");

    investigate(objection);
    BpmnAwareTests.assertThat(publicity).isNotEnded();
    // the period is over (Tuesday 10 March): Task_ConcludeObjection's configured 3 working days, 11–13 March
    assertThat(taskOf(objection).getDueDate()).isEqualTo(instant(LocalDateTime.of(2026, 3, 13, 23, 59, 59)));
    conclude(objection, true);

    BpmnAwareTests.assertThat(publicity).isEnded();
    assertThat(publicities.findById(id).orElseThrow().getState()).isEqualTo(PublicityState.CONCLUDED);
    BpmnAwareTests.assertThat(caller).isWaitingAt("Wait_AfterPublicity").variables()
        .containsEntry("disqualifiedApplicationIds", String.valueOf(app));
    assertThat(events.stream(CandidateDisqualified.class)).singleElement()
        .extracting(CandidateDisqualified::applicationId).isEqualTo(app);
  }

  @Test
  @DisplayName("Calendar year 2027 not published: the timer stops as an incident naming the year; a retry after the year is loaded resolves it")
  void unpublishedYearBecomesIncidentThenRetry() {
    Long id = publish(LocalDate.of(2027, 1, 4), 5, newApplicationId());
    setClock(LocalDateTime.of(2027, 1, 4, 9, 0));
    ProcessInstance publicity = publicityOf(startCaller(id));
    assertThat(publicities.findById(id).orElseThrow().getLastDay()).isNull();
    assertThat(publicities.findById(id).orElseThrow().periodText())
        .isEqualTo("2027年1月4日发布，5个工作日，起止日期待当年节假日安排公布后确定");

    Job job = onlyJob(publicity.getId());
    managementService.setJobRetries(job.getId(), 1);
    assertThatThrownBy(() -> managementService.executeJob(job.getId()))
        .hasRootCauseInstanceOf(CalendarYearNotPublishedException.class);
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(publicity.getId()).singleResult();
    assertThat(incident.getActivityId()).isEqualTo(PUBLICITY_ENDS);
    assertThat(incident.getIncidentMessage()).contains("2027").contains("calendar year 2027 is not published");
    BpmnAwareTests.assertThat(publicity).isWaitingAt(PUBLICITY_ENDS);

    // the office drops 2027.json into the calendar folder: the calendar now knows the year
    doReturn(LocalDate.of(2027, 1, 5)).when(workingDays).lastDayOf(LocalDate.of(2027, 1, 5), 1);
    doReturn(LocalDate.of(2027, 1, 11)).when(workingDays).lastDayOf(LocalDate.of(2027, 1, 5), 5);
    managementService.setJobRetries(job.getId(), 1);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(publicity.getId()).count()).isZero();
    managementService.executeJob(job.getId());

    Job timer = managementService.createJobQuery().processInstanceId(publicity.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(instant(LocalDateTime.of(2027, 1, 12, 0, 0)));
    assertThat(publicities.findById(id).orElseThrow().periodText()).isEqualTo("2027年1月5日至2027年1月11日（5个工作日）");
  }

  @Test
  @DisplayName("Art 16/17/18/21: a publicity of fewer than 5 working days is refused")
  void publishRefusesShortPeriod() {
    long before = publicities.count();
    assertThatThrownBy(() -> publish(LocalDate.of(2026, 3, 2), 4, newApplicationId()))
        .isInstanceOf(InvalidPublicityException.class).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("公示期不少于5个工作日").hasMessageContaining("Art 16/17/18/21")
        .hasMessageContaining("requested 4");
    assertThat(publicities.count()).isEqualTo(before);
  }

  @Test
  @DisplayName("publish refuses an incomplete list: title, kind, publication day, handler group, entries, duplicates")
  void publishRefusesIncompleteRequest() {
    long app = newApplicationId();
    assertThatThrownBy(() -> publicityService.publish(new PublicityRequest(" ", null, null, null, 5, "",
        java.util.List.of(new PublicityRequest.Entry(app, "甲", null), new PublicityRequest.Entry(app, "乙", null)))))
        .isInstanceOf(InvalidPublicityException.class)
        .hasMessageContaining("title").hasMessageContaining("kind").hasMessageContaining("publishedOn")
        .hasMessageContaining("handlerGroup").hasMessageContaining("duplicate applicationId");
    assertThatThrownBy(() -> publicityService.publish(new PublicityRequest("名单", PublicityKind.RECOMMENDATION, null,
        LocalDate.of(2026, 3, 2), 5, GROUP, java.util.List.of())))
        .hasMessageContaining("entries are required");
  }

  @Test
  @DisplayName("a cancelled publicity instance withdraws its publicity: not concluded, no more objections (409 saying why), the open one closed with an answer the objector can read")
  void cancelledPublicityIsWithdrawn() {
    long app = newApplicationId();
    Long id = publish(LocalDate.of(2026, 3, 2), 5, app);
    ProcessInstance caller = startCaller(id);
    Objection open = file(id, app);
    runtimeService.deleteProcessInstance(caller.getId(), "test");

    assertThat(publicities.findById(id).orElseThrow().getState()).isEqualTo(PublicityState.WITHDRAWN);
    Objection closed = objections.findById(open.getId()).orElseThrow();
    assertThat(closed.getState()).isEqualTo(ObjectionState.CLOSED);
    assertThat(closed.getAnswer()).contains("已于2026年3月2日撤回", "不再调查处理");
    assertThat(closed.getConcludedAt()).isNotNull();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("objection").active().list())
        .noneMatch(pi -> pi.getBusinessKey() != null && pi.getBusinessKey().equals(open.getReceiptNumber()));
    assertThatThrownBy(() -> file(id, app)).isInstanceOf(ConflictException.class).hasMessageContaining("已撤回，不再受理异议");
  }
}
