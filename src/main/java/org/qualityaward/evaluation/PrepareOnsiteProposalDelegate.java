package org.qualityaward.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 按资料评审得分排序 (Art 18): the ranked document scores for the office's form. The proposal itself (every
 * case at or above the configured line) is computed from our records when the office completes the task:
 * as a variable it would outgrow the engine's 4,000 characters in a large edition.
 */
@Component("prepareOnsiteProposal")
class PrepareOnsiteProposalDelegate implements JavaDelegate {

  private final EvaluationStages stages;

  PrepareOnsiteProposalDelegate(EvaluationStages stages) {
    this.stages = stages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("onsiteProposal",
        stages.describeDocumentScores(stages.documentReviewedByScore((Long) execution.getVariable("editionId"))));
  }
}
