package org.qualityaward.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.qualityaward.identity.TaskActor;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.review.CategoryScore;
import org.qualityaward.review.ReviewStage;
import org.qualityaward.review.Scoring;
import org.qualityaward.review.ScoringSheet;
import org.springframework.stereotype.Component;

/**
 * Completing a scoring task stores the member's sheet (fields {@code score_<category>},
 * {@code remark_<category>} and the optional {@code strengths_<category>} and
 * {@code opportunities_<category>} (优势 / 改进机会) of the form); a refused sheet refuses the completion with the reasons,
 * so the task stays open and nothing half-valid is kept.
 */
@Component("recordMemberScores")
class RecordMemberScoresListener implements TaskListener {

  private static final Pattern ITEM_FIELD = Pattern.compile("items\\[(\\d+)\\]\\.(score|remark|strengths|opportunities|category)");

  private final Scoring scoring;

  RecordMemberScoresListener(Scoring scoring) {
    this.scoring = scoring;
  }

  @Override
  public void notify(DelegateTask task) {
    Long applicationId = (Long) task.getVariable("applicationId");
    String scorer = TaskActor.assignee(task);
    // a task handed to someone else (an administrator may reassign it) would count a score nobody drew, or a
    // member's score on another member's sheet: the sheet is the drawn member's the model assigned it to (the draw,
    // or the redraw that replaced a member)
    if (!scorer.equals(task.getVariable("expertUserId"))) {
      throw new InvalidInputException(List.of(new FieldProblem("assignee", "办理人 " + scorer
          + " 不是本评审组抽取来评这份评分表的评审员，评分不予记录（第十条）；请将任务交回抽取的评审员，或由市质强办更换成员")));
    }
    ScoringSheet sheet = scoring.sheetFor(applicationId);
    List<CategoryScore> items = sheet.categories().stream()
        .map(c -> new CategoryScore(c.code(), number(task.getVariable("score_" + c.code())),
            (String) task.getVariable("remark_" + c.code()), (String) task.getVariable("strengths_" + c.code()),
            (String) task.getVariable("opportunities_" + c.code())))
        .toList();
    try {
      scoring.submit(applicationId, ReviewStage.valueOf((String) task.getVariable("stage")),
          scorer, items);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(e.problems().stream().map(p -> asFormField(p, items)).toList());
    }
  }

  /** The sheet names {@code items[2].score}; the person at the form sees {@code score_<category>}. */
  private static FieldProblem asFormField(FieldProblem problem, List<CategoryScore> items) {
    Matcher item = ITEM_FIELD.matcher(problem.field());
    if (!item.matches()) {
      return problem;
    }
    String code = items.get(Integer.parseInt(item.group(1))).category();
    String field = "category".equals(item.group(2)) ? "score" : item.group(2);
    return new FieldProblem(field + "_" + code, problem.message());
  }

  private static BigDecimal number(Object value) {
    return value == null ? null : new BigDecimal(value.toString());
  }
}
