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
 * without agreed comments, refuses it, and the task stays with the leader. The leader's remarks on the
 * members ({@code memberRemarks}, for the office's rating, Art 9(4)) must name members of the panel.
 */
@Component("acceptPanelReport")
class AcceptPanelReportListener implements TaskListener {

  private final Scoring scoring;
  private final PanelReviews panelReviews;

  AcceptPanelReportListener(Scoring scoring, PanelReviews panelReviews) {
    this.scoring = scoring;
    this.panelReviews = panelReviews;
  }

  @Override
  public void notify(DelegateTask task) {
    Long applicationId = (Long) task.getVariable("applicationId");
    LeaderRemarks.read((String) task.getVariable(LeaderRemarks.FIELD),
        panelReviews.memberUserIds(panelReviews.drawInForce((Long) task.getVariable("drawId"))));
    List<AgreedComments> agreed = scoring.sheetFor(applicationId).categories().stream()
        .map(c -> new AgreedComments(c.code(), (String) task.getVariable(Scoring.AGREED_STRENGTHS + c.code()),
            (String) task.getVariable(Scoring.AGREED_OPPORTUNITIES + c.code())))
        .toList();
    scoring.consolidate(applicationId, ReviewStage.valueOf((String) task.getVariable("stage")),
        TaskActor.assignee(task), (String) task.getVariable("consensusNote"), agreed);
  }
}
