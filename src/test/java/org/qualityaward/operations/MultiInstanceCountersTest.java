package org.qualityaward.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Issue 16: a multi-instance step keeps its counters at run time and leaves them out of history. */
@SpringBootTest
class MultiInstanceCountersTest {

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;

  @Test
  @DisplayName("three parallel reviews: the engine counts them and joins, history keeps the tasks and each member, not the counters")
  void countersRunButStayOutOfHistory() {
    repository.createDeployment().addModelInstance("counters-probe.bpmn", probe()).deploy();
    String instance = runtime.startProcessInstanceByKey("counters-probe",
        Map.of("members", List.of("expert-1", "expert-2", "expert-3"))).getId();
    List<Task> reviews = tasks.createTaskQuery().processInstanceId(instance).list();
    assertThat(reviews).hasSize(3);

    tasks.complete(reviews.get(0).getId());
    // a member's execution sees the step's counters
    assertThat(runtime.getVariable(reviews.get(1).getExecutionId(), "nrOfCompletedInstances"))
        .as("counted at run time").isEqualTo(1);
    tasks.complete(reviews.get(1).getId());
    tasks.complete(reviews.get(2).getId());

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).as("joined and ended").isZero();
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance).finished().count()).isEqualTo(3);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).list())
        .extracting(HistoricVariableInstance::getName)
        .containsOnly("members", "member")
        .doesNotContainAnyElementsOf(MultiInstanceCounters.NAMES);
  }

  private static BpmnModelInstance probe() {
    return Bpmn.createExecutableProcess("counters-probe").camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("review").camundaAssignee("${member}")
        .multiInstance().parallel().camundaCollection("members").camundaElementVariable("member").multiInstanceDone()
        .endEvent()
        .done();
  }
}
