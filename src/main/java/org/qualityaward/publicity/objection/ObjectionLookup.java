package org.qualityaward.publicity.objection;

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
}
