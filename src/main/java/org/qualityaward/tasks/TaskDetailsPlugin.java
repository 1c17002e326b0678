package org.qualityaward.tasks;

import java.util.Map;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.qualityaward.platform.TaskFormOpening;
import org.qualityaward.platform.UserTaskParsing;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * One create listener on every user task of every model ({@link TaskDetails}); added after the
 * model's own listeners, so it sees the name they set. The deadline's label joins the form variables when a
 * form opens. The details bean is looked up when a task is
 * created: it needs the domain beans, which need the engine this plugin configures.
 */
@Component
class TaskDetailsPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<TaskDetails> details;

  TaskDetailsPlugin(ObjectProvider<TaskDetails> details) {
    this.details = details;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    TaskListener onCreate = task -> details.getObject().onCreate(task);
    UserTaskParsing.onEveryUserTask(configuration, (element, task) -> task.addTaskListener(TaskListener.EVENTNAME_CREATE, onCreate));
    TaskFormOpening.addFormValues(configuration, task -> Map.of(TaskDetails.LABEL, details.getObject().label(task)));
  }
}
