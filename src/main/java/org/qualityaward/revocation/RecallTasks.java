package org.qualityaward.revocation;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.qualityaward.tasks.CaseTasks;
import org.springframework.stereotype.Component;

/** Art 30 (收回): an item still out is due the day before its next reminder falls due. */
@Component
class RecallTasks implements CaseTasks {

  private static final String TRACK_RECALL = RevocationModel.TRACK_RECALL;

  private final Revocations revocations;

  RecallTasks(Revocations revocations) {
    this.revocations = revocations;
  }

  @Override
  public Map<String, String> fixedByCase() {
    return Map.of(TRACK_RECALL, "第三十条收回：撤销后 qa.revocation.recall-reminder-working-days 个工作日（催收期限）");
  }

  @Override
  public Optional<LocalDate> lastDay(DelegateTask task, LocalDate today) {
    if (!TRACK_RECALL.equals(task.getTaskDefinitionKey())) {
      return Optional.empty();
    }
    LocalDate revokedOn = revocations.get(revocations.ofProcess(task.getProcessInstanceId())).getRevokedOn();
    return Optional.of(revocations.reminderDueOn(revokedOn).minusDays(1));
  }
}
