package org.qualityaward.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 按资料评审得分排序 (Art 18): the ranked document scores for the office, and the proposal pre-filled
 * with every case at or above the configured minimum score.
 */
@Component("prepareOnsiteProposal")
class PrepareOnsiteProposalDelegate implements JavaDelegate {

  private final EvaluationStages stages;
  private final BigDecimal minimumScore;

  PrepareOnsiteProposalDelegate(EvaluationStages stages,
      @Value("${qa.review.onsite-minimum-score:0}") BigDecimal minimumScore) {
    this.stages = stages;
    this.minimumScore = minimumScore;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<EvaluationStages.DocumentScore> ranked =
        stages.documentReviewedByScore((Long) execution.getVariable("editionId"));
    execution.setVariable("onsiteProposal", stages.describeDocumentScores(ranked)
        + "（建议名单含资料评审得分不低于 " + minimumScore.toPlainString() + " 分者）");
    execution.setVariable("onsiteApplicationNumbers", ranked.stream()
        .filter(scored -> scored.score().compareTo(minimumScore) >= 0)
        .map(scored -> scored.application().getApplicationNumber())
        .collect(Collectors.joining("\n")));
  }
}
