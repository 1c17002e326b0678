package org.qualityaward.honour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.qualityaward.honour.HonourModel.CHASE_OVERDUE_VISIT;
import static org.qualityaward.honour.HonourModel.REQUEST_RENEWAL;
import static org.qualityaward.honour.HonourModel.RETURN_VISIT;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.notification.NoticeKind;

/** The deadlines the honour's case fixes, on the bundled 2026 calendar (国庆 1–7 Oct off). */
class HonourTasksTest {

  @TempDir Path folder;

  private final Honours honours = mock(Honours.class);
  private final DelegateTask task = mock(DelegateTask.class);
  private HonourTasks tasks;

  @BeforeEach
  void setUp() {
    tasks = new HonourTasks(honours, new HonourProperties(5, new HonourProperties.ReturnVisits(List.of(2, 4), 5),
        new HonourProperties.Renewal(90, 90)), new WorkingDayCalendar(folder.toString(), "Asia/Shanghai"));
  }

  @Test
  @DisplayName("Art 31: a return visit is on time through the working day before the overdue escalation; its due day is day 1")
  void returnVisit() {
    when(task.getTaskDefinitionKey()).thenReturn(RETURN_VISIT);
    when(task.getVariable("visitDate")).thenReturn("2026-09-28");
    assertThat(tasks.lastDay(task, LocalDate.of(2026, 9, 1))).contains(LocalDate.of(2026, 10, 9));
  }

  @Test
  @DisplayName("Art 33 期满可提出复评申请: the renewal request is due 90 days after the validity's last day")
  void renewalRequest() {
    Honour honour = mock(Honour.class);
    when(honour.getValidUntil()).thenReturn(LocalDate.of(2031, 5, 31));
    when(honours.get(7L)).thenReturn(honour);
    when(task.getTaskDefinitionKey()).thenReturn(REQUEST_RENEWAL);
    when(task.getVariable("honourId")).thenReturn(7L);
    assertThat(tasks.lastDay(task, LocalDate.of(2031, 3, 1))).contains(LocalDate.of(2031, 8, 29));
    // Art 33: the request arriving tells the holder the renewal window is open (issue 17)
    assertThat(tasks.arrival(task)).contains(NoticeKind.RENEWAL_OPEN);
  }

  @Test
  @DisplayName("the honour's other tasks keep their configured days; configuring the two fixed ones is refused by name")
  void otherTasks() {
    when(task.getTaskDefinitionKey()).thenReturn(CHASE_OVERDUE_VISIT);
    assertThat(tasks.lastDay(task, LocalDate.of(2026, 9, 1))).isEmpty();
    assertThat(tasks.fixedByCase()).containsOnlyKeys(RETURN_VISIT, REQUEST_RENEWAL);
    assertThat(tasks.arrival(task)).isEmpty();
  }
}
