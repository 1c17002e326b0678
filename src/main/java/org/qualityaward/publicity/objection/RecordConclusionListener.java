package org.qualityaward.publicity.objection;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of Task_ConcludeObjection: stores {@code substantiated} (required boolean),
 * {@code comment} (the conclusion, required) and {@code answer} (to the objector, required).
 * {@code substantiated} stays a process variable for Gateway_Substantiated; the texts are task-local.
 */
@Component("recordObjectionConclusion")
class RecordConclusionListener implements TaskListener {

  private final ObjectionLookup lookup;

  RecordConclusionListener(ObjectionLookup lookup) {
    this.lookup = lookup;
  }

  @Override
  public void notify(DelegateTask task) {
    Object substantiated = task.getVariable("substantiated");
    if (!(substantiated instanceof Boolean)) {
      throw new IllegalArgumentException("请填写“异议是否属实”（substantiated must be true or false, got "
          + substantiated + "）");
    }
    String conclusion = TaskInput.requiredText(task, "comment", "异议结论", 4000);
    String answer = TaskInput.requiredText(task, "answer", "答复异议人", 4000);
    lookup.ofProcess(task, task.getProcessInstanceId()).recordConclusion((Boolean) substantiated, conclusion, answer);
  }
}
