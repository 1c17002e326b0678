package org.qualityaward.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationCases;
import org.qualityaward.review.ReviewStage;
import org.springframework.stereotype.Component;

/**
 * What a review stage hands its case's {@code panel-review} (each case of {@code award-edition}'s
 * stages, a renewal's in {@code honour}): the case {@code applicationId}, reviewed in the stage the
 * case has entered, and its business key ({@link ReviewStage#panelBusinessKey}).
 */
@Component("panelCaseVariables")
public class PanelCaseVariables implements DelegateVariableMapping {

  private final ApplicationCases cases;

  PanelCaseVariables(ApplicationCases cases) {
    this.cases = cases;
  }

  @Override
  public void mapInputVariables(DelegateExecution superExecution, VariableMap subVariables) {
    Application application = caseOf(superExecution);
    // ids only: the forms' case number, applicant and stage are read from our records when opened (PanelTaskContext)
    subVariables.putValue("applicationId", application.getId())
        .putValue("stage", application.getStage().name());
  }

  /** The called panel's business key: the case's number and the stage it has entered (from our records). */
  public String businessKey(DelegateExecution superExecution) {
    Application application = caseOf(superExecution);
    return ReviewStage.valueOf(application.getStage().name()).panelBusinessKey(application.getApplicationNumber());
  }

  /**
   * The case the stage calls a panel for: the edition's multi-instance element (from our records' list of the
   * stage's cases) or the renewal case the honour opened; no form has that field, so no completion can set it.
   */
  private Application caseOf(DelegateExecution superExecution) {
    return cases.get((Long) superExecution.getVariable("applicationId"));
  }

  @Override
  public void mapOutputVariables(DelegateExecution superExecution, VariableScope subInstance) {
    // the panel's report is stored by the panel itself; the edition reads it from there
  }
}
