package org.qualityaward.publicity;

/**
 * The element ids of {@code processes/objection.bpmn} (公示异议处理) that Java refers to, in one place:
 * {@code ModelIdsTest} checks that each names an element of the model.
 */
public final class ObjectionModel {

  private ObjectionModel() {}

  /** The process id (公示异议处理). */
  public static final String PROCESS_KEY = "objection";

  /** 受理异议（核对实名登记） */
  public static final String REGISTER_OBJECTION = "Task_RegisterObjection";
  /** 调查核实异议 */
  public static final String INVESTIGATE_OBJECTION = "Task_InvestigateObjection";
  /** 作出异议结论 */
  public static final String CONCLUDE_OBJECTION = "Task_ConcludeObjection";
  /** 异议是否属实？ (gateway) */
  public static final String SUBSTANTIATED = "Gateway_Substantiated";
  /** 取消候选资格 */
  public static final String DISQUALIFY_CANDIDATE = "Task_DisqualifyCandidate";
  /** 汇合 (gateway) */
  public static final String JOIN_ANSWER = "Gateway_JoinAnswer";
  /** 答复异议人 */
  public static final String ANSWER_OBJECTOR = "Task_AnswerObjector";
  /** 异议已办结 (end event) */
  public static final String END_OBJECTION_CONCLUDED = "EndEvent_ObjectionConcluded";
}
