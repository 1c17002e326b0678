package org.qualityaward.platform;

import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The one way our engine plugins add what a form shows when it is opened: Tasklist reads a task's form
 * variables ({@code GET task/{id}/form-variables}, {@code FormService.getTaskFormVariables}), and the values
 * computed here join them, read from our records at that moment. Unlike task variables they are current
 * when the form opens and cost the engine no runtime or history rows for every task.
 */
public final class TaskFormOpening {

  private TaskFormOpening() {
  }

  /**
   * Calls {@code values} with the task whose form variables were read, after the engine has checked that the
   * reader may read them, and adds what it returns, over a stored variable of the same name (tasks created before
   * this was computed kept it as a task variable, which has gone stale since); a request for named variables gets
   * only those.
   */
  public static void addFormValues(ProcessEngineConfigurationImpl configuration,
      Function<TaskEntity, Map<String, String>> values) {
    // the values are added after the command's own checks, in its transaction
    InsideEveryCommand.add(configuration, new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        T result = next.execute(command);
        if (command instanceof GetTaskFormVariablesCmd form && result instanceof VariableMap variables) {
          TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(form.resourceId);
          values.apply(task).forEach((name, value) -> {
            if (form.formVariableNames == null || form.formVariableNames.contains(name)) {
              variables.putValue(name, value);
            }
          });
        }
        return result;
      }
    });
  }
}
