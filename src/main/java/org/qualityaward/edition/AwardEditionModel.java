package org.qualityaward.edition;

/**
 * The element ids of {@code processes/award-edition.bpmn} (市政府质量奖评选届次) that Java refers to, in one place:
 * {@code ModelIdsTest} checks that each names an element of the model.
 */
public final class AwardEditionModel {

  private AwardEditionModel() {}

  /** The process id (市政府质量奖评选届次). */
  public static final String PROCESS_KEY = "award-edition";

  /** 制定评选方案 (start event) */
  public static final String EDITION_OPENED = "StartEvent_EditionOpened";
  /** 拟定评选方案 (Art 8(1), 15) */
  public static final String DRAFT_PLAN = "Task_DraftPlan";
  /** 领导小组审定评选方案 (Art 8(1)) */
  public static final String APPROVE_PLAN = "Task_ApprovePlan";
  /** 印发申报通知并发布公告 (Art 15) */
  public static final String PUBLISH_NOTICE = "Task_PublishNotice";
  /** 申报截止 (timer, Art 15) */
  public static final String APPLICATION_DEADLINE = "Timer_ApplicationDeadline";
  /** 截止受理 (Art 15) */
  public static final String CLOSE_INTAKE = "Task_CloseIntake";
  /** 最后一件资格审查结束 (message catch, Art 17) */
  public static final String QUALIFICATION_CONCLUDED = "Event_QualificationConcluded";
  /** 资格审查结束 (gateway, Art 17) */
  public static final String QUALIFICATION_REVIEWS_CONCLUDED = "Gateway_QualificationReviewsConcluded";
  /** 本届终止 */
  public static final String TERMINATE_WITHOUT_ACCEPTED_CASES = "Task_EndWithoutAcceptedCases";
  /** 无受理申报 (end event) */
  public static final String END_NO_ACCEPTED_CASES = "End_NoAcceptedCases";
  /** 形成受理名单 (Art 17) */
  public static final String OPEN_ACCEPTED_LIST_PUBLICITY = "Task_OpenAcceptedListPublicity";
  /** 受理名单公示（不少于5个工作日） (calls publicity, Art 17) */
  public static final String ACCEPTED_LIST_PUBLICITY = "CallActivity_AcceptedListPublicity";
  /** 启动资料评审 (Art 18) */
  public static final String START_DOCUMENT_REVIEW = "Task_StartDocumentReview";
  /** 资料评审 (calls panel-review per case, Art 18) */
  public static final String DOCUMENT_REVIEWS = "CallActivity_DocumentReviews";
  /** 按资料评审得分排序 (Art 18) */
  public static final String PREPARE_ONSITE_PROPOSAL = "Task_PrepareOnsiteProposal";
  /** 提出现场评审建议名单 (Art 18) */
  public static final String PROPOSE_ONSITE_LIST = "Task_ProposeOnsiteList";
  /** 公示现场评审名单及主要业绩 (Art 18) */
  public static final String OPEN_ONSITE_LIST_PUBLICITY = "Task_OpenOnsiteListPublicity";
  /** 现场评审名单公示（不少于5个工作日） (calls publicity, Art 18) */
  public static final String ONSITE_LIST_PUBLICITY = "CallActivity_OnsiteListPublicity";
  /** 启动现场评审 (Art 19) */
  public static final String START_ONSITE_REVIEW = "Task_StartOnsiteReview";
  /** 现场评审 (calls panel-review per case, Art 19) */
  public static final String ONSITE_REVIEWS = "CallActivity_OnsiteReviews";
  /** 按累计得分排序并适用名额 (Art 20) */
  public static final String RANK_CANDIDATES = "Task_RankCandidates";
  /** 领导小组审定授奖建议名单 (Art 8, 9) */
  public static final String LEADING_GROUP_REVIEW = "Task_LeadingGroupReview";
  /** 领导小组决定并列名次 */
  public static final String DECIDE_TIES = "Task_DecideTies";
  /**
   * 审核评审结果并提出授奖建议名单 (Art 9(5), 20): the office's proposal after every ranking, the first and each
   * one after a return (the id is the one the task had when it came only after a return, kept for running cases).
   */
  public static final String REVISE_PROPOSAL = "Task_ReviseProposal";
  /** 公示授奖建议名单 (Art 21) */
  public static final String OPEN_PROPOSED_LIST_PUBLICITY = "Task_OpenProposedListPublicity";
  /** 评议公示（不少于5个工作日） (calls publicity, Art 21) */
  public static final String PROPOSED_LIST_PUBLICITY = "CallActivity_ProposedListPublicity";
  /** 市政府批准 (Art 22) */
  public static final String CITY_GOVERNMENT_APPROVAL = "Task_CityGovernmentApproval";
  /** 表彰奖励 (Art 23, 24) */
  public static final String COMMEND = "Task_Commend";
  /** 本届评选结束 (end event) */
  public static final String END_COMMENDED = "End_Commended";
}
