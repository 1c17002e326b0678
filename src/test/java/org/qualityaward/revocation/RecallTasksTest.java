package org.qualityaward.revocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.qualityaward.revocation.RevocationModel.RECORD_RECALL_REMINDER;
import static org.qualityaward.revocation.RevocationModel.TRACK_RECALL;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecallTasksTest {

  private final Revocations revocations = mock(Revocations.class);
  private final DelegateTask task = mock(DelegateTask.class);
  private final RecallTasks tasks = new RecallTasks(revocations);

  @Test
  @DisplayName("Art 30: an item to recall is due the day before its reminder falls due; other tasks are not fixed")
  void recall() {
    Revocation revocation = mock(Revocation.class);
    when(revocation.getRevokedOn()).thenReturn(LocalDate.of(2026, 9, 1));
    when(revocations.get(3L)).thenReturn(revocation);
    when(revocations.reminderDueOn(LocalDate.of(2026, 9, 1))).thenReturn(LocalDate.of(2026, 9, 24));
    when(task.getProcessInstanceId()).thenReturn("revocation-instance-3");
    when(revocations.ofProcess("revocation-instance-3")).thenReturn(3L);
    when(task.getTaskDefinitionKey()).thenReturn(TRACK_RECALL);
    assertThat(tasks.lastDay(task, LocalDate.of(2026, 9, 2))).contains(LocalDate.of(2026, 9, 23));
    when(task.getTaskDefinitionKey()).thenReturn(RECORD_RECALL_REMINDER);
    assertThat(tasks.lastDay(task, LocalDate.of(2026, 9, 2))).isEmpty();
  }
}
