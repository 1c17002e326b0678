package org.qualityaward.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.testing.EngineClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue 15 item 6: each model keeps its history as long as its record must be kept (README Operating), and
 * Camunda's history cleanup removes a case's history only once its root instance has ended and its
 * time-to-live is over. The cleanup runs at a 1990 clock, so no other test's history (ended in this
 * century) can have expired.
 */
@SpringBootTest
class HistoryRetentionTest {

  /** 30 calendar years, leap days included: 定期30年. */
  private static final int THIRTY_YEARS = 10958;
  /** 100 years for the permanent records (永久), the longest a finite time-to-live should claim. */
  private static final int PERMANENT = 36525;

  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  HistoryService history;
  @Autowired
  ManagementService management;

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  @DisplayName("case files keep their history 30 years, the edition, honours and revocations 100 (permanent)")
  void timeToLiveOfEachModel() throws IOException {
    Map<String, Integer> expected = Map.of(
        "award-application", THIRTY_YEARS, "publicity", THIRTY_YEARS, "objection", THIRTY_YEARS,
        "panel-review", THIRTY_YEARS, "panel-member-review", THIRTY_YEARS, "complaint", THIRTY_YEARS,
        "expert-rating", THIRTY_YEARS,
        "award-edition", PERMANENT, "honour", PERMANENT, "revocation", PERMANENT);
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".bpmn"))
          .map(f -> f.replace(".bpmn", "")).collect(Collectors.toSet()))
          .as("every model has its retention decided here").isEqualTo(expected.keySet());
    }
    expected.forEach((key, days) -> assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key)
        .latestVersion().singleResult().getHistoryTimeToLive()).as(key).isEqualTo(days));
  }

  @Test
  @DisplayName("cleanup removes the history whose time-to-live is over after its end, and keeps younger and running cases")
  void cleanupRemovesOnlyWhatHasExpired() {
    repository.createDeployment().addModelInstance("retention-probe.bpmn",
        Bpmn.createExecutableProcess("retention-probe").camundaHistoryTimeToLive(30)
            .startEvent().userTask("Task_Retention").endEvent().done()).deploy();
    LocalDateTime start = LocalDateTime.of(1990, 1, 1, 9, 0);
    EngineClock.set(start);
    String expired = runtime.startProcessInstanceByKey("retention-probe").getId();
    String younger = runtime.startProcessInstanceByKey("retention-probe").getId();
    String running = runtime.startProcessInstanceByKey("retention-probe").getId();
    complete(expired);
    EngineClock.set(start.plusDays(20));
    complete(younger);
    assertThat(instance(younger).getRemovalTime()).as("end + 30 days")
        .isEqualTo(Date.from(start.plusDays(50).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    assertThat(instance(running).getRemovalTime()).as("no removal while it runs").isNull();

    EngineClock.set(start.plusDays(40));
    Job cleanup = history.cleanUpHistoryAsync(true);
    management.executeJob(cleanup.getId());
    // back to the next nightly window of today, not of 1990, for the tests that run due jobs after this one
    EngineClock.reset();
    history.cleanUpHistoryAsync(false);

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(expired).count()).isZero();
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(expired).count()).isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(expired).count()).isZero();
    assertThat(instance(younger)).isNotNull();
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(younger).count()).isOne();
    assertThat(instance(running)).isNotNull();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(running).count()).isOne();
  }

  @Test
  @DisplayName("a case on an older version of a model is kept as long as the latest version says")
  void olderVersionsTakeTheLatestTimeToLive(@Autowired HistoryTimeToLives timeToLives) {
    for (int days : new int[] {3650, THIRTY_YEARS}) {
      repository.createDeployment().addModelInstance("ttl-probe.bpmn", Bpmn.createExecutableProcess("ttl-probe")
          .camundaHistoryTimeToLive(days).startEvent().userTask("Task_Version" + days).endEvent().done()).deploy();
    }
    timeToLives.afterPropertiesSet();
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("ttl-probe").list())
        .extracting(d -> d.getVersion() + ":" + d.getHistoryTimeToLive())
        .containsExactlyInAnyOrder("1:" + THIRTY_YEARS, "2:" + THIRTY_YEARS);
  }

  private void complete(String instanceId) {
    tasks.complete(tasks.createTaskQuery().processInstanceId(instanceId).singleResult().getId());
  }

  private HistoricProcessInstance instance(String instanceId) {
    return history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult();
  }
}
