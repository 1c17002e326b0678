package org.qualityaward.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.qualityaward.review.ReviewStage;
import org.qualityaward.review.Scoring;
import org.springframework.stereotype.Component;

/**
 * 汇总评分: what the leader reads before accepting the panel report — the members' totals
 * ({@code panelSummary}), their strengths and opportunities per category
 * ({@code memberComments_<category>}), and the sheet ({@code sheetId}) whose categories the form shows.
 */
@Component("prepareConsolidation")
class PrepareConsolidationDelegate implements JavaDelegate {

  private final Scoring scoring;

  PrepareConsolidationDelegate(Scoring scoring) {
    this.scoring = scoring;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long applicationId = (Long) execution.getVariable("applicationId");
    ReviewStage stage = ReviewStage.valueOf((String) execution.getVariable("stage"));
    execution.setVariable("panelSummary", scoring.summary(applicationId, stage));
    execution.setVariable("sheetId", scoring.sheetFor(applicationId).id());
    scoring.memberComments(applicationId, stage)
        .forEach((category, text) -> execution.setVariable("memberComments_" + category, text));
  }
}
