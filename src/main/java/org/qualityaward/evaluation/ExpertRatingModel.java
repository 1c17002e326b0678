package org.qualityaward.evaluation;

/**
 * The element ids of {@code processes/expert-rating.bpmn} (评审员考核) that Java refers to, in one place:
 * {@code ModelIdsTest} checks that each names an element of the model.
 */
public final class ExpertRatingModel {

  private ExpertRatingModel() {}

  /** The process id (评审员考核). */
  public static final String PROCESS_KEY = "expert-rating";

  /** 考核评审员 */
  public static final String RATE_MEMBERS = "Task_RateMembers";
  /** 考核已记录 (end event) */
  public static final String END_MEMBERS_RATED = "End_MembersRated";
}
