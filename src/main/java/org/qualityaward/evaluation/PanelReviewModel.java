package org.qualityaward.evaluation;

/**
 * The element ids of {@code processes/panel-review.bpmn} (评审组评审) that Java refers to, in one place:
 * {@code ModelIdsTest} checks that each names an element of the model.
 */
public final class PanelReviewModel {

  private PanelReviewModel() {}

  /** The process id (评审组评审). */
  public static final String PROCESS_KEY = "panel-review";

  /** 抽取专家组成评审组 */
  public static final String DRAW_PANEL = "Task_DrawPanel";
  /** 评审员独立评分 (calls panel-member-review per member) */
  public static final String MEMBER_REVIEWS = "CallActivity_MemberReviews";
  /** 汇总评分 */
  public static final String PREPARE_CONSOLIDATION = "Task_PrepareConsolidation";
  /** 组长确认评审报告 */
  public static final String CONSOLIDATE_PANEL = "Task_ConsolidatePanel";
  /** 发起评审员考核 (starts expert-rating) */
  public static final String START_MEMBER_RATING = "Task_StartMemberRating";
  /** 评审报告已形成 (end event) */
  public static final String END_PANEL_REPORT_ACCEPTED = "End_PanelReportAccepted";
  /** 参评资格已取消 (interrupting event sub-process: the case was disqualified while its panel ran) */
  public static final String CANDIDATE_DISQUALIFIED = "SubProcess_CandidateDisqualified";
  /** 告知评审组评审已终止 (in that sub-process) */
  public static final String TELL_PANEL_STOPPED = "Task_TellPanelStopped";
  /** 评审终止 (end event of that sub-process) */
  public static final String END_REVIEW_STOPPED = "End_ReviewStopped";
}
