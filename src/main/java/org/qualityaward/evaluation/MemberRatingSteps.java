package org.qualityaward.evaluation;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.qualityaward.expert.ExpertRatings;
import org.qualityaward.forms.ReadOnlyField;
import org.qualityaward.identity.TaskActor;
import org.qualityaward.review.ReviewStage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The office's rating of a panel's members (Art 9(4) 监督考核评审员): {@code panel-review} starts an
 * {@code expert-rating} instance once the report is accepted, so the case goes on while the office rates;
 * the rating's steps find the panel from the variables that start set, which no form carries.
 */
@Configuration(proxyBeanMethods = false)
class MemberRatingSteps {

  /**
   * 发起评审员考核: the panel-review instance, its case and stage, the draw whose members scored, and the
   * leader's remarks on them (the form's case number, applicant and stage are read when it opens).
   */
  @Bean
  JavaDelegate startMemberRating(PanelReviews panelReviews) {
    return execution -> {
      Map<String, Object> variables = new HashMap<>();
      for (String name : new String[] {"applicationId", "stage", LeaderRemarks.FIELD}) {
        variables.put(name, execution.getVariable(name));
      }
      variables.put("drawId", panelReviews.drawInForce((Long) execution.getVariable("drawId")));
      variables.put("panelReviewId", execution.getProcessInstanceId());
      // the panel's business key (case and stage): Cockpit shows which panel the rating is of
      execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(
          ExpertRatingModel.PROCESS_KEY, execution.getProcessBusinessKey(), variables);
    };
  }

  /** 考核评审员: the members numbered 1..N with their measured facts, as the task opens. */
  @Bean
  TaskListener showMemberFacts(MemberFactsReader reader) {
    return task -> task.setVariableLocal("memberFacts", ReadOnlyField.fit(
        MemberFactsReader.text(reader.of(panel(task))), "GET /api/draws/" + task.getVariable("drawId")));
  }

  /** 考核评审员 (Art 9(4)): the office's lines (its form field), one per member, against facts measured again now. */
  @Bean
  TaskListener recordMemberRatings(MemberFactsReader reader, ExpertRatings ratings) {
    return task -> {
      String rater = TaskActor.of(task);
      MemberFactsReader.Panel panel = panel(task);
      ratings.rate(panel.drawId(), reader.of(panel), (String) task.getVariable(ExpertRatings.FIELD),
          rater != null ? rater : "质量办");
    };
  }

  private static MemberFactsReader.Panel panel(DelegateTask task) {
    return new MemberFactsReader.Panel((String) task.getVariable("panelReviewId"),
        (Long) task.getVariable("applicationId"), ReviewStage.valueOf((String) task.getVariable("stage")),
        (Long) task.getVariable("drawId"), (String) task.getVariable(LeaderRemarks.FIELD));
  }
}
