package org.qualityaward.publicity.objection;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.qualityaward.identity.TaskActor;

/**
 * Complete listener of Task_InvestigateObjection: stores {@code findings} (required) on the
 * objection. The variable is local to the task (input mapping), so it does not stay in the process.
 */
@Component("recordObjectionFindings")
class RecordFindingsListener implements TaskListener {

  private final ObjectionLookup lookup;

  RecordFindingsListener(ObjectionLookup lookup) {
    this.lookup = lookup;
  }

  @Override
  public void notify(DelegateTask task) {
    String findings = TaskInput.requiredText(task, "findings", "调查核实情况", 4000);
    lookup.ofProcess(task, task.getProcessInstanceId()).recordFindings(findings, TaskActor.of(task));
  }
}
