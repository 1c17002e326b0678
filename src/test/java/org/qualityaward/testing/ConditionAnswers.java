package org.qualityaward.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import org.qualityaward.application.ConditionReview;

/**
 * What 推荐单位审核 (Art 16) and 资格审查 (Art 17) answer on the declared conditions: every slot of the
 * form confirmed unless a test refuses one; slots beyond the case's points are ignored by the listener.
 */
public final class ConditionAnswers {

  private ConditionAnswers() {}

  /** The recommending unit's decision with every declared condition confirmed. */
  public static Map<String, Object> recommenderReview(boolean approved, String comment) {
    return decision(ConditionReview.Step.RECOMMENDER, approved, comment);
  }

  /** The office's decision with every declared condition confirmed. */
  public static Map<String, Object> qualificationReview(boolean approved, String comment) {
    return decision(ConditionReview.Step.OFFICE, approved, comment);
  }

  /** Every slot of the step's form confirmed. */
  public static Map<String, Object> allConfirmed(ConditionReview.Step step) {
    Map<String, Object> answers = new LinkedHashMap<>();
    for (int slot = 1; slot <= ConditionReview.FORM_SLOTS; slot++) {
      answers.put(step.field(slot), "CONFIRMED");
    }
    return answers;
  }

  /** The slots as further members of a REST {@code variables} object: {@code ,"recommenderCondition1":{"value":"CONFIRMED"}…}. */
  public static String json(ConditionReview.Step step) {
    StringBuilder json = new StringBuilder();
    allConfirmed(step).forEach((field, value) -> json.append(",\"").append(field).append("\":{\"value\":\"")
        .append(value).append("\"}"));
    return json.toString();
  }

  private static Map<String, Object> decision(ConditionReview.Step step, boolean approved, String comment) {
    Map<String, Object> answers = allConfirmed(step);
    answers.put("approved", approved);
    answers.put("comment", comment);
    return answers;
  }
}
