package org.qualityaward.evaluation;

import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.qualityaward.platform.TaskFormOpening;
import org.qualityaward.review.ReviewStage;
import org.springframework.stereotype.Component;

/**
 * A panel's forms (the declaration, the scores, the leader's report, the office's rating) name the stage they
 * review in their header text, {@code stageLabel} (资料评审, 现场评审), from the {@code stage} id the panel's instances
 * carry: computed when the form opens ({@link TaskFormOpening}), not stored as a variable with every member's instance.
 */
@Component
class PanelTaskContext extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    TaskFormOpening.addFormValues(configuration, PanelTaskContext::describe);
  }

  private static Map<String, String> describe(TaskEntity task) {
    return task.getVariable("stage") instanceof String stage
        && Arrays.stream(ReviewStage.values()).anyMatch(s -> s.name().equals(stage))
        ? Map.of("stageLabel", ReviewStage.valueOf(stage).label()) : Map.of();
  }
}
