package org.qualityaward.notification;

/** What a notification is about; a user chooses e-mail or not per kind. */
public enum NoticeKind {
  TASK_ARRIVED("新待办任务"),
  DEADLINE_NEAR("任务即将到期"),
  DEADLINE_PASSED("任务已超期"),
  STAGE_CHANGED("申报进入新阶段"),
  NOT_RECOMMENDED("未获推荐"),
  NOT_ACCEPTED("不予受理"),
  DISQUALIFIED("取消资格"),
  CANDIDATE_CASE_ENDED("推荐对象案件办结"),
  /** A case's step someone held ended with the case (the applicant withdrew it). */
  STEP_WITHDRAWN("待办随案件撤回而结束"),
  AWARDED("获奖"),
  FEEDBACK_READY("反馈报告已生成"),
  RENEWAL_OPEN("可申请复评"),
  HONOUR_REVOKED("荣誉称号撤销"),
  EXPERT_DRAWN("被抽取为评审专家"),
  PANEL_MEMBER_REPLACED("评审组成员调整"),
  REVIEW_STOPPED("评审终止"),
  RECEIPT_ANSWERED("异议或投诉举报已答复");

  private final String label;

  NoticeKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
