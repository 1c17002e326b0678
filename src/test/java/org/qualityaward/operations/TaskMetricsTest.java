package org.qualityaward.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Personal data (最小必要) and issue 16: the engine keeps no record of who was assigned a task when (Camunda's task
 * metrics, a hash of the assignee and a time per assignment), which nothing of ours reads.
 */
@SpringBootTest
class TaskMetricsTest {

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName("assigning, claiming and completing a task writes no task metric; with Camunda's default it would")
  void noTaskMetrics() {
    repository.createDeployment().addModelInstance("task-metrics-probe.bpmn",
        Bpmn.createExecutableProcess("task-metrics-probe").camundaHistoryTimeToLive(1)
            .startEvent().userTask("work").userTask("more-work").endEvent().done()).deploy();
    String instance = runtime.startProcessInstanceByKey("task-metrics-probe").getId();
    long before = meterLogRows();

    String first = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    tasks.setAssignee(first, "office-1");
    tasks.complete(first);
    String second = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    tasks.claim(second, "office-2");
    assertThat(meterLogRows()).as("rows of ACT_RU_TASK_METER_LOG").isEqualTo(before);

    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    configuration.setTaskMetricsEnabled(true);
    try {
      tasks.setAssignee(second, "office-3");
    } finally {
      configuration.setTaskMetricsEnabled(false);
    }
    assertThat(meterLogRows()).as("the same assignment with Camunda's default").isEqualTo(before + 1);
    tasks.complete(second); // leaves no open task in the context other tests share
    management.deleteTaskMetrics(null);
  }

  private long meterLogRows() {
    return jdbc.queryForObject("select count(*) from ACT_RU_TASK_METER_LOG", Long.class);
  }
}
