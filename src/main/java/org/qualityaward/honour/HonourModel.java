package org.qualityaward.honour;

/**
 * The element ids of {@code processes/honour.bpmn} (市政府质量奖荣誉有效期) that Java refers to, in one place:
 * {@code ModelIdsTest} checks that each names an element of the model.
 */
public final class HonourModel {

  private HonourModel() {}

  /** The process id (市政府质量奖荣誉有效期). */
  public static final String PROCESS_KEY = "honour";

  /** 回访获奖组织（第三十一条） (sub-process, Art 31) */
  public static final String RETURN_VISITS = "SubProcess_ReturnVisits";
  /** 回访到期 (timer, Art 31) */
  public static final String VISIT_DUE = "Timer_VisitDue";
  /** 回访获奖组织 (Art 31) */
  public static final String RETURN_VISIT = "Task_ReturnVisit";
  /** 回访逾期 (boundary timer, Art 31) */
  public static final String VISIT_OVERDUE = "Timer_VisitOverdue";
  /** 督办逾期回访 (Art 31) */
  public static final String CHASE_OVERDUE_VISIT = "Task_ChaseOverdueVisit";
  /** 已督办 (end event) */
  public static final String END_OVERDUE_CHASED = "End_OverdueChased";
  /** 回访已记录 (end event) */
  public static final String END_VISIT_RECORDED = "End_VisitRecorded";
  /** 回访结束 (gateway) */
  public static final String VISITS_DONE = "Gateway_VisitsDone";
  /** 有效期届满，回访截止 (boundary timer) */
  public static final String VISIT_WINDOW_CLOSES = "Timer_VisitWindowCloses";
  /** 期满前复评通知 (timer, Art 33) */
  public static final String RENEWAL_FOR = "Gateway_RenewalFor";
  public static final String CHECK_RENEWAL_CONDITIONS = "Task_CheckRenewalConditions";
  public static final String RENEWAL_NOTICE = "Timer_RenewalNotice";
  /** 复评申请 (Art 33) */
  public static final String REQUEST_RENEWAL = "Task_RequestRenewal";
  /** 有效期届满未申请 (boundary timer, Art 33) */
  public static final String RENEWAL_WINDOW_CLOSES = "Timer_RenewalWindowCloses";
  /** 记录未申请复评 */
  public static final String RECORD_NO_RENEWAL_REQUEST = "Task_RecordNoRenewalRequest";
  /** 提交复评材料 (the holder, Art 33 with Art 16) */
  public static final String SUBMIT_RENEWAL_MATERIAL = "Task_SubmitRenewalMaterial";
  /** 材料提交期限届满 (boundary timer) */
  public static final String RENEWAL_MATERIAL_DUE = "Timer_RenewalMaterialDue";
  /** 受理复评案件 */
  public static final String ACCEPT_RENEWAL = "Task_AcceptRenewal";
  /** 复评资料评审 (calls panel-review) */
  public static final String RENEWAL_DOCUMENT_REVIEW = "CallActivity_RenewalDocumentReview";
  /** 复评现场评审 (calls panel-review) */
  public static final String RENEWAL_ONSITE_REVIEW = "CallActivity_RenewalOnsiteReview";
  /** 核对复评得分 */
  public static final String CHECK_RENEWAL_SCORE = "Task_CheckRenewalScore";
  /** 记录复评未通过 */
  public static final String RECORD_NOT_RENEWED = "Task_RecordNotRenewed";
  /** 领导小组审议复评结果 */
  public static final String RENEWAL_LEADING_GROUP_REVIEW = "Task_RenewalLeadingGroupReview";
  /** 市政府审批复评结果 */
  public static final String RENEWAL_CITY_APPROVAL = "Task_RenewalCityApproval";
  /** 重新颁发荣誉 */
  public static final String REISSUE_HONOUR = "Task_ReissueHonour";
  /** 复评结束 (gateway) */
  public static final String RENEWAL_DONE = "Gateway_RenewalDone";
  /** 终止进行中的复评 */
  public static final String STOP_RENEWAL_ON_REVOCATION = "Task_EndRenewalOnRevocation";
  /** 有效期届满（5年） (timer) */
  public static final String VALIDITY_ENDS = "Timer_ValidityEnds";
  /** 荣誉期满 */
  public static final String EXPIRE_HONOUR = "Task_ExpireHonour";
  /** 荣誉有效期结束 (end event) */
  public static final String END_HONOUR_ENDED = "End_HonourEnded";
  /** 荣誉已撤销 (end event) */
  public static final String END_HONOUR_REVOKED = "End_HonourRevoked";
}
