package org.qualityaward.application;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * A recommender's inbox lists several 「推荐单位审核申报材料」 at once: every task of a case gets the
 * applicant's name appended (「…：保定某精密机械有限公司」), while the models keep the plain names.
 */
@Component
class CaseTaskNames extends AbstractProcessEnginePlugin {

  private static final TaskListener APPEND_APPLICANT = CaseTaskNames::appendApplicant;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addTaskListener(TaskListener.EVENTNAME_CREATE, APPEND_APPLICANT);
      }
    });
  }

  static void appendApplicant(DelegateTask task) {
    Object applicant = task.getVariable("applicantName");
    if (applicant != null) {
      task.setName(task.getName() + "：" + applicant);
    }
  }
}
