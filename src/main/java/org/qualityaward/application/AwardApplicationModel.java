package org.qualityaward.application;

/**
 * The element ids of {@code processes/award-application.bpmn} (市政府质量奖申报案件) that Java refers to, in one place:
 * {@code ModelIdsTest} checks that each names an element of the model.
 */
public final class AwardApplicationModel {

  private AwardApplicationModel() {}

  /** The process id (市政府质量奖申报案件). */
  public static final String PROCESS_KEY = "award-application";

  /** 申报人撤回申报 (event sub-process, Art 4(1) 自愿申报) */
  public static final String WITHDRAWN = "SubProcess_Withdrawn";
  /** 已撤回 (end event) */
  public static final String END_WITHDRAWN = "End_Withdrawn";
  /** 推荐单位审核申报材料 (Art 16) */
  public static final String RECOMMENDER_REVIEW = "Task_RecommenderReview";
  /** 推荐完成 (gateway) */
  public static final String RECOMMENDATION_COMPLETE = "Gateway_RecommendationComplete";
  /** 发布推荐公示 (Art 16) */
  public static final String OPEN_RECOMMENDER_PUBLICITY = "Task_OpenRecommenderPublicity";
  /** 推荐单位公示（不少于5个工作日） (calls publicity, Art 16) */
  public static final String RECOMMENDER_PUBLICITY = "CallActivity_RecommenderPublicity";
  /** 签署推荐意见 (Art 16) */
  public static final String RECOMMENDER_SIGN_OFF = "Task_RecommenderSignOff";
  /** 县级议事协调机构同意推荐 (Art 16) */
  public static final String COUNTY_CONSENT = "Task_CountyConsent";
  /** 征求市相关部门意见 (Art 17) */
  public static final String CONSULT_DEPARTMENTS = "Task_ConsultDepartments";
  /** 资格审查 (Art 17) */
  public static final String QUALIFICATION_REVIEW = "Task_QualificationReview";
  /** 知悉不予受理理由 */
  public static final String READ_REJECTION_REASONS = "Task_ReadRejectionReasons";
  /** 等待评选结果 (event gateway) */
  public static final String AWAIT_NEXT_STAGE = "Gateway_AwaitNextStage";
  /** 公示异议或投诉举报经调查属实 (message catch) */
  public static final String CANDIDATE_DISQUALIFIED = "Event_CandidateDisqualified";
  /** 未列入现场评审名单 (message catch) */
  public static final String NOT_SELECTED_FOR_ONSITE = "Event_NotSelectedForOnsite";
  /** 市政府批准表彰 (message catch) */
  public static final String FINAL_OUTCOME_DECIDED = "Event_FinalOutcomeDecided";
  /** 不符合申报条件 (end event) */
  public static final String END_INELIGIBLE = "End_Ineligible";
  /** 未获推荐 (end event) */
  public static final String END_NOT_RECOMMENDED = "End_NotRecommended";
  /** 县级不同意推荐 (end event) */
  public static final String END_COUNTY_REFUSED = "End_CountyRefused";
  /** 经公示异议取消资格 (end event) */
  public static final String END_DISQUALIFIED_AT_RECOMMENDER_PUBLICITY = "End_DisqualifiedAtRecommenderPublicity";
  /** 不予受理 (end event) */
  public static final String END_REJECTED = "End_Rejected";
  /** 经调查属实取消资格 (end event) */
  public static final String END_DISQUALIFIED_AFTER_ACCEPTANCE = "End_DisqualifiedAfterAcceptance";
  /** 未进入现场评审 (end event) */
  public static final String END_NOT_SELECTED_FOR_ONSITE = "End_NotSelectedForOnsite";
  /** 评选结束 (end event) */
  public static final String END_OUTCOME_DECIDED = "End_OutcomeDecided";
  /** 逾期未推荐 (end event): the office closed a case whose unit let its step's deadline pass */
  public static final String END_CLOSED_OVERDUE = "End_ClosedOverdue";
}
