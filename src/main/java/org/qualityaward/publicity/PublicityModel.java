package org.qualityaward.publicity;

/**
 * The element ids of {@code processes/publicity.bpmn} (公示) that Java refers to, in one place:
 * {@code ModelIdsTest} checks that each names an element of the model.
 */
public final class PublicityModel {

  private PublicityModel() {}

  /** The process id (公示). */
  public static final String PROCESS_KEY = "publicity";

  /** 开始公示（计算公示截止日） */
  public static final String OPEN_PUBLICITY = "Task_OpenPublicity";
  /** 公示期满（第N个工作日结束） (timer) */
  public static final String PUBLICITY_ENDS = "Timer_PublicityEnds";
  /** 公示期满 */
  public static final String CLOSE_PUBLICITY_PERIOD = "Task_EndPublicityPeriod";
  /** 公示期结束 (end event) */
  public static final String END_PERIOD_ENDED = "EndEvent_PeriodEnded";
  /** 收到异议 (event sub-process start) */
  public static final String OBJECTION_FILED = "StartEvent_ObjectionFiled";
  /** 处理异议 (calls objection) */
  public static final String HANDLE_OBJECTION = "CallActivity_HandleObjection";
  /** 异议已办结 (end of the event sub-process) */
  public static final String END_OBJECTION_CONCLUDED = "EndEvent_ObjectionConcluded";
}
