package org.qualityaward.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.qualityaward.edition.EditionService;
import org.springframework.stereotype.Component;

/**
 * 按资料评审得分排序 (Art 18): the ranked document scores for the office's form. The proposal itself (every
 * case at or above the configured line) is computed from our records when the office completes the task:
 * as a variable it would outgrow the engine's 4,000 characters in a large edition. The edition is the one
 * this instance runs, from our records.
 */
@Component("prepareOnsiteProposal")
class PrepareOnsiteProposalDelegate implements JavaDelegate {

  private final EvaluationStages stages;
  private final EditionService editions;

  PrepareOnsiteProposalDelegate(EvaluationStages stages, EditionService editions) {
    this.stages = stages;
    this.editions = editions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("onsiteProposal",
        stages.describeDocumentScores(stages.documentReviewedByScore(editions.ofProcess(execution.getProcessInstanceId()))));
  }
}
