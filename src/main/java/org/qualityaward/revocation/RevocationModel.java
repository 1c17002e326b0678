package org.qualityaward.revocation;

/**
 * The element ids of {@code processes/revocation.bpmn} (撤销市政府质量奖荣誉) that Java refers to, in one place:
 * {@code ModelIdsTest} checks that each names an element of the model.
 */
public final class RevocationModel {

  private RevocationModel() {}

  /** The process id (撤销市政府质量奖荣誉). */
  public static final String PROCESS_KEY = "revocation";

  /** 领导小组会议审议撤销 */
  public static final String LEADING_GROUP_MEETING = "Task_LeadingGroupMeeting";
  /** 不予撤销 (end event) */
  public static final String END_NOT_REVOKED = "End_NotRevoked";
  /** 撤销荣誉称号、记录禁止申报期并公告 */
  public static final String REVOKE_HONOUR = "Task_RevokeHonour";
  /** 收回获奖物品或奖金 */
  public static final String TRACK_RECALL = "Task_TrackRecall";
  /** 每日检查催收期限 (boundary timer) */
  public static final String RECALL_REMINDER = "Timer_RecallReminder";
  /** 催收期限已到？ (gateway) */
  public static final String REMINDER_DUE = "Gateway_ReminderDue";
  /** 催收并记录 */
  public static final String RECORD_RECALL_REMINDER = "Task_RecordRecallReminder";
  /** 已催收 (end event) */
  public static final String END_REMINDER_RECORDED = "End_ReminderRecorded";
  /** 未到催收期限 (end event) */
  public static final String END_REMINDER_NOT_DUE = "End_ReminderNotDue";
  /** 收回完毕 */
  public static final String COMPLETE_RECALL = "Task_CompleteRecall";
  /** 荣誉已撤销 (end event) */
  public static final String END_REVOKED = "End_Revoked";
}
