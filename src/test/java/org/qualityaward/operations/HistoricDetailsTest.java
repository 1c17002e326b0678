package org.qualityaward.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Issue 16: at history level full the engine keeps each variable's history and the user operation log, but writes
 * no history details (every value a variable took, every submitted form field) unless an operator asks for them.
 */
@SpringBootTest
@RecordApplicationEvents
class HistoricDetailsTest {

  @Autowired ApplicationEvents events;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;

  @Test
  @DisplayName("a submitted form and a changed variable leave their history and the operation log, and no details")
  void noDetailsByDefault() {
    repository.createDeployment().addModelInstance("details-probe.bpmn", probe()).deploy();
    String instance = runtime.startProcessInstanceByKey("details-probe", Map.of("opinion", "初稿")).getId();
    runtime.setVariable(instance, "opinion", "修改稿");
    String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    tasks.setAssignee(task, "office-1");
    identity.setAuthenticatedUserId("office-1");
    try {
      forms.submitTaskForm(task, Map.of("opinion", "同意推荐", "score", 86));
    } finally {
      identity.clearAuthentication();
    }

    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).list())
        .extracting(v -> v.getName() + "=" + v.getValue()).containsExactlyInAnyOrder("opinion=同意推荐", "score=86");
    assertThat(history.createUserOperationLogQuery().taskId(task)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).userId("office-1").count())
        .as("who completed the task").isOne();
    assertThat(history.createHistoricDetailQuery().processInstanceId(instance).count())
        .as("neither the three values of opinion nor the submitted fields").isZero();
    assertThat(events.stream(HistoricVariableUpdateEventEntity.class)
        .filter(event -> instance.equals(event.getProcessInstanceId())))
        .as("the other history handlers, here the starter's Spring events, still get every event")
        .extracting(HistoricVariableUpdateEventEntity::getVariableName).contains("opinion", "score");
  }

  @Test
  @DisplayName("qa.history.details=true: the engine writes them as Camunda does")
  void detailsWhenAskedFor() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:historic-details");
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.getProcessEnginePlugins().add(new HistoricDetails(true));
    ProcessEngine engine = configuration.buildProcessEngine();
    try {
      engine.getRepositoryService().createDeployment().addModelInstance("details-probe.bpmn", probe()).deploy();
      String instance = engine.getRuntimeService().startProcessInstanceByKey("details-probe").getId();
      String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
      engine.getFormService().submitTaskForm(task, Map.of("opinion", "同意推荐"));

      assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(instance).list())
          .as("the variable's update and the submitted field").hasSize(2);
    } finally {
      engine.close();
    }
  }

  /** One user task: started with a variable, and completed through its form. */
  private static BpmnModelInstance probe() {
    return Bpmn.createExecutableProcess("details-probe").camundaHistoryTimeToLive(30).startEvent()
        .userTask("Task_Details").endEvent().done();
  }
}
