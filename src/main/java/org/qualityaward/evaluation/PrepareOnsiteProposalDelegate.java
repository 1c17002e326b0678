package org.qualityaward.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.qualityaward.application.Application;
import org.qualityaward.review.ReviewStage;
import org.qualityaward.review.Scoring;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 按资料评审得分排序 (Art 18): the ranked document scores for the office, and the proposal pre-filled
 * with every case at or above the configured minimum score.
 */
@Component("prepareOnsiteProposal")
class PrepareOnsiteProposalDelegate implements JavaDelegate {

  private final EvaluationStages stages;
  private final Scoring scoring;
  private final BigDecimal minimumScore;

  PrepareOnsiteProposalDelegate(EvaluationStages stages, Scoring scoring,
      @Value("${qa.review.onsite-minimum-score:0}") BigDecimal minimumScore) {
    this.stages = stages;
    this.scoring = scoring;
    this.minimumScore = minimumScore;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Application> ranked = stages.documentReviewedByScore((Long) execution.getVariable("editionId"));
    execution.setVariable("onsiteProposal", stages.describeDocumentScores(ranked)
        + "（建议名单含资料评审得分不低于 " + minimumScore.toPlainString() + " 分者）");
    execution.setVariable("onsiteApplicationNumbers", ranked.stream()
        .filter(a -> scoring.panelReport(a.getId(), ReviewStage.DOCUMENT_REVIEW).getPanelScore().compareTo(minimumScore) >= 0)
        .map(Application::getApplicationNumber)
        .collect(Collectors.joining("\n")));
  }
}
