package org.qualityaward.platform;

import java.util.ArrayList;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** The one way our engine plugins attach listeners to every user task of every model as it is parsed. */
public final class UserTaskParsing {

  private UserTaskParsing() {
  }

  /** Calls {@code register} with each user task's XML element and definition, after Camunda's own parsing. */
  public static void onEveryUserTask(ProcessEngineConfigurationImpl configuration,
      BiConsumer<Element, TaskDefinition> register) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        register.accept(userTaskElement, ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition());
      }
    });
  }
}
