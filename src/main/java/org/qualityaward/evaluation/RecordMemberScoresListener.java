package org.qualityaward.evaluation;

import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.qualityaward.review.CategoryScore;
import org.qualityaward.review.ReviewStage;
import org.qualityaward.review.Scoring;
import org.qualityaward.review.ScoringSheet;
import org.springframework.stereotype.Component;

/**
 * Completing a scoring task stores the member's sheet (fields {@code score_<category>} and
 * {@code remark_<category>} of the form); a refused sheet refuses the completion with the reasons,
 * so the task stays open and nothing half-valid is kept.
 */
@Component("recordMemberScores")
class RecordMemberScoresListener implements TaskListener {

  private final Scoring scoring;

  RecordMemberScoresListener(Scoring scoring) {
    this.scoring = scoring;
  }

  @Override
  public void notify(DelegateTask task) {
    Long applicationId = (Long) task.getVariable("applicationId");
    ScoringSheet sheet = scoring.sheetFor(applicationId);
    List<CategoryScore> items = sheet.categories().stream()
        .map(c -> new CategoryScore(c.code(), number(task.getVariable("score_" + c.code())),
            (String) task.getVariable("remark_" + c.code())))
        .toList();
    scoring.submit(applicationId, ReviewStage.valueOf((String) task.getVariable("stage")),
        (String) task.getVariable("expertUserId"), items);
  }

  private static BigDecimal number(Object value) {
    return value == null ? null : new BigDecimal(value.toString());
  }
}
