package org.qualityaward.evaluation;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.qualityaward.identity.TaskActor;
import org.qualityaward.review.AgreedComments;
import org.qualityaward.review.ReviewStage;
import org.qualityaward.review.Scoring;
import org.springframework.stereotype.Component;

/**
 * The leader's completion forms the panel report (资料评审报告 / 现场评审报告) with the panel's agreed
 * strengths and opportunities per category (fields {@code agreedStrengths_<category>} and
 * {@code agreedOpportunities_<category>}); a flagged member without a consensus note, or a category
 * without agreed comments, refuses it, and the task stays with the leader.
 */
@Component("acceptPanelReport")
class AcceptPanelReportListener implements TaskListener {

  private final Scoring scoring;

  AcceptPanelReportListener(Scoring scoring) {
    this.scoring = scoring;
  }

  @Override
  public void notify(DelegateTask task) {
    Long applicationId = (Long) task.getVariable("applicationId");
    List<AgreedComments> agreed = scoring.sheetFor(applicationId).categories().stream()
        .map(c -> new AgreedComments(c.code(), (String) task.getVariable(Scoring.AGREED_STRENGTHS + c.code()),
            (String) task.getVariable(Scoring.AGREED_OPPORTUNITIES + c.code())))
        .toList();
    scoring.consolidate(applicationId, ReviewStage.valueOf((String) task.getVariable("stage")),
        TaskActor.assignee(task), (String) task.getVariable("consensusNote"), agreed);
  }
}
