package org.qualityaward.evaluation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.qualityaward.review.ReviewStage;
import org.qualityaward.review.Scoring;
import org.qualityaward.identity.TaskActor;
import org.springframework.stereotype.Component;

/**
 * The leader's completion forms the panel report (资料评审报告 / 现场评审报告); a flagged member
 * without a consensus note refuses it, and the task stays with the leader.
 */
@Component("acceptPanelReport")
class AcceptPanelReportListener implements TaskListener {

  private final Scoring scoring;

  AcceptPanelReportListener(Scoring scoring) {
    this.scoring = scoring;
  }

  @Override
  public void notify(DelegateTask task) {
    scoring.consolidate((Long) task.getVariable("applicationId"), ReviewStage.valueOf((String) task.getVariable("stage")),
        TaskActor.assignee(task), (String) task.getVariable("consensusNote"));
  }
}
