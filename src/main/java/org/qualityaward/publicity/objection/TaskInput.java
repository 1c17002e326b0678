package org.qualityaward.publicity.objection;

import org.camunda.bpm.engine.delegate.DelegateTask;

final class TaskInput {

  private TaskInput() {
  }

  static String requiredText(DelegateTask task, String name, String label, int max) {
    Object value = task.getVariable(name);
    if (!(value instanceof String s) || s.isBlank()) {
      throw new IllegalArgumentException("请填写“" + label + "”（" + name + " is required）");
    }
    if (s.length() > max) {
      throw new IllegalArgumentException("“" + label + "”不能超过" + max + "字（" + name + " too long）");
    }
    return s.strip();
  }
}
