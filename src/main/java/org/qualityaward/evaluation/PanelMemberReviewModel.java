package org.qualityaward.evaluation;

/**
 * The element ids of {@code processes/panel-member-review.bpmn} (评审员评分) that Java refers to, in one place:
 * {@code ModelIdsTest} checks that each names an element of the model.
 */
public final class PanelMemberReviewModel {

  private PanelMemberReviewModel() {}

  /** The process id (评审员评分). */
  public static final String PROCESS_KEY = "panel-member-review";

  /** 回避声明 */
  public static final String DECLARE_CONFLICT = "Task_DeclareConflict";
  /** 重新抽取替补专家 */
  public static final String REPLACE_MEMBER = "Task_ReplaceMember";
  /** 组织评分（GB/T 19580） */
  public static final String SCORE_ORGANIZATION = "Task_ScoreOrganization";
  /** 个人评分 */
  public static final String SCORE_INDIVIDUAL = "Task_ScoreIndividual";
  /** 已提交评分 (end event) */
  public static final String END_MEMBER_SCORED = "End_MemberScored";
}
