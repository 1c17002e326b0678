package org.qualityaward.evaluation;

import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.qualityaward.application.ApplicationCases;
import org.qualityaward.tasks.CaseTasks;
import org.springframework.stereotype.Component;

/**
 * A panel's tasks are about the case's applicant (「回避声明：保定某精密机械有限公司」): its name from our records,
 * since the panel's instances carry the case's id only.
 */
@Component
class PanelTasks implements CaseTasks {

  private static final Set<String> PANEL_MODELS = Set.of(PanelReviewModel.PROCESS_KEY,
      PanelMemberReviewModel.PROCESS_KEY, ExpertRatingModel.PROCESS_KEY);

  private final ApplicationCases cases;

  PanelTasks(ApplicationCases cases) {
    this.cases = cases;
  }

  @Override
  public Optional<String> party(DelegateTask task) {
    // key:version:id (a bare generated id when that is too long, which no panel model's is)
    String definition = task.getProcessDefinitionId();
    boolean panel = definition != null && PANEL_MODELS.contains(definition.split(":")[0]);
    return panel && task.getVariable("applicationId") instanceof Long applicationId
        ? Optional.of(cases.get(applicationId).getApplicantName()) : Optional.empty();
  }
}
