package org.qualityaward.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.qualityaward.review.ReviewStage;
import org.qualityaward.review.Scoring;
import org.springframework.stereotype.Component;

/** 汇总评分: what the leader reads before accepting the panel report. */
@Component("prepareConsolidation")
class PrepareConsolidationDelegate implements JavaDelegate {

  private final Scoring scoring;

  PrepareConsolidationDelegate(Scoring scoring) {
    this.scoring = scoring;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("panelSummary", scoring.summary((Long) execution.getVariable("applicationId"),
        ReviewStage.valueOf((String) execution.getVariable("stage"))));
  }
}
