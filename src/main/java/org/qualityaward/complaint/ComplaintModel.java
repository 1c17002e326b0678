package org.qualityaward.complaint;

/**
 * The element ids of {@code processes/complaint.bpmn} (投诉举报处理) that Java refers to, in one place:
 * {@code ModelIdsTest} checks that each names an element of the model.
 */
public final class ComplaintModel {

  private ComplaintModel() {}

  /** The process id (投诉举报处理). */
  public static final String PROCESS_KEY = "complaint";

  /** 投诉举报对象？ (gateway) */
  public static final String SUBJECT = "Gateway_Subject";
  /** 核实对参评对象的投诉举报 */
  public static final String VERIFY_CANDIDATE_COMPLAINT = "Task_VerifyCandidateComplaint";
  /** 取消参评资格？ (gateway, from our record of the office's decision) */
  public static final String DISQUALIFY_CANDIDATE_DECISION = "Gateway_DisqualifyCandidate";
  /** 取消参评资格 */
  public static final String DISQUALIFY_CANDIDATE = "Task_DisqualifyCandidate";
  /** 核实对评审工作人员的投诉举报 */
  public static final String VERIFY_STAFF_COMPLAINT = "Task_VerifyStaffComplaint";
  /** 核实投诉举报 */
  public static final String VERIFY_COMPLAINT = "Task_VerifyComplaint";
  /** 属实？ (gateway) */
  public static final String FOUNDED = "Gateway_Founded";
  /** 撤销程序（领导小组审议） (calls revocation) */
  public static final String REVOCATION = "CallActivity_Revocation";
  /** 荣誉已撤销？ (gateway) */
  public static final String HONOUR_REVOKED = "Gateway_HonourRevoked";
  /** 汇合 (gateway) */
  public static final String JOIN_ANSWER = "Gateway_JoinAnswer";
  /** 答复投诉举报人 */
  public static final String ANSWER_COMPLAINANT = "Task_AnswerComplainant";
  /** 投诉举报已办结 (end event) */
  public static final String END_COMPLAINT_ANSWERED = "End_ComplaintAnswered";
}
