package org.qualityaward.honour;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.ProcessTest;
import org.qualityaward.testing.SampleApplications;
import org.springframework.beans.factory.annotation.Autowired;

/** The honour model (Art 24, 33): an award's honour is valid 5 years to the day, then expires. */
@ProcessTest
class HonourProcessTest {

  /** Holders nobody else in the shared context applies as (division 130699, serials 9700…). */
  private static final AtomicInteger SERIALS = new AtomicInteger(9700);
  private static final LocalDate AWARDED_ON = LocalDate.of(2026, 6, 1);

  @Autowired ProcessEngine engine;
  @Autowired Honours honours;
  @Autowired HonourRepository honourRepository;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    EngineClock.startOf(AWARDED_ON);
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  @DisplayName("Art 24, 33: an award's honour process waits through the last valid day and expires the honour when it is over")
  void awardHonourExpiresAfterFiveYears() {
    Honour honour = confer(AwardLevel.AWARD);
    assertThat(honour.getValidUntil()).isEqualTo(LocalDate.of(2031, 5, 31));
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(Honours.PROCESS_KEY)
        .processInstanceBusinessKey("honour-" + honour.getId()).singleResult();
    BpmnAwareTests.assertThat(instance).isWaitingAt("Timer_ValidityEnds");
    Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(java.util.Date.from(
        LocalDate.of(2031, 6, 1).atStartOfDay(EngineClock.ZONE).toInstant()));

    EngineClock.set(LocalDateTime.of(2031, 5, 31, 23, 59));
    assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).executable().count()).isZero();
    assertThat(state(honour)).isEqualTo(HonourState.VALID);

    EngineClock.set(LocalDateTime.of(2031, 6, 1, 0, 0));
    Job due = managementService.createJobQuery().processInstanceId(instance.getId()).executable().singleResult();
    managementService.executeJob(due.getId());

    BpmnAwareTests.assertThat(instance).isEnded()
        .hasPassedInOrder("Timer_ValidityEnds", "Task_ExpireHonour", "End_HonourExpired");
    assertThat(state(honour)).isEqualTo(HonourState.EXPIRED);
  }

  @Test
  @DisplayName("Art 24: a nomination is recorded as an honour but starts no honour process")
  void nominationStartsNoProcess() {
    Honour honour = confer(AwardLevel.NOMINATION);

    assertThat(state(honour)).isEqualTo(HonourState.VALID);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(Honours.PROCESS_KEY)
        .processInstanceBusinessKey("honour-" + honour.getId()).count()).isZero();
  }

  private Honour confer(AwardLevel level) {
    int serial = SERIALS.getAndIncrement();
    return honours.confer("保定某荣誉测试有限公司" + serial, ApplicationKind.ORGANIZATION, level,
        SampleApplications.creditCode("130699", serial), null, null, 1L, AWARDED_ON);
  }

  private HonourState state(Honour honour) {
    return honourRepository.findById(honour.getId()).orElseThrow().getState();
  }
}
