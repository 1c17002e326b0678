package org.qualityaward.publicity.objection;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Loads the objection named by the process variable {@code objectionId}. */
@Component
class ObjectionLookup {

  private final ObjectionRepository objections;

  ObjectionLookup(ObjectionRepository objections) {
    this.objections = objections;
  }

  Objection load(Object objectionId) {
    if (!(objectionId instanceof Number n)) {
      throw new IllegalArgumentException("流程变量 objectionId 缺失或不是数字（objectionId missing: " + objectionId + "）");
    }
    return objections.findById(n.longValue()).orElseThrow(
        () -> new IllegalStateException("异议 " + n + " 不存在（objection " + n + " not found）"));
  }

  /**
   * The objection of this objection process: the one registered with it (RegisterObjectionDelegate binds
   * them), never another one a variable might name — findings, conclusions and disqualifications apply
   * only to the objection the process was started for.
   */
  Objection ofProcess(VariableScope scope, String processInstanceId) {
    Objection o = load(scope.getVariable("objectionId"));
    if (!processInstanceId.equals(o.getProcessInstanceId())) {
      throw new IllegalStateException("异议 " + o.getReceiptNumber() + " 不是本流程受理的异议，不能在此办理"
          + "（objection " + o.getId() + " belongs to another process）");
    }
    return o;
  }
}
