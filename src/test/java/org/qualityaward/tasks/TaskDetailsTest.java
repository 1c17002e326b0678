package org.qualityaward.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qualityaward.calendar.CalendarYearNotPublishedException;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.notification.Notice;
import org.qualityaward.notification.NoticeKind;
import org.qualityaward.testing.EngineClock;

/** The create listener around the rule: label, description, and a holiday year not yet published. */
class TaskDetailsTest {

  @TempDir Path folder;

  private final TaskDeadlines deadlines = mock(TaskDeadlines.class);
  private final DelegateTask task = mock(DelegateTask.class);
  private final DelegateExecution execution = mock(DelegateExecution.class);
  private final List<Object> published = new ArrayList<>();
  private TaskDetails details;

  @BeforeEach
  void setUp() {
    details = new TaskDetails(deadlines, new WorkingDayCalendar(folder.toString(), "Asia/Shanghai"), List.of(),
        published::add);
    when(task.getName()).thenReturn("资格审查");
    when(task.getDescription()).thenReturn("审查申报主体资格（第十七条）。");
    when(task.getId()).thenReturn("t1");
    when(task.getExecution()).thenReturn(execution);
    when(execution.getProcessBusinessKey()).thenReturn("BDQA-2026-0001");
    EngineClock.startOf(LocalDate.of(2026, 12, 21));
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  @DisplayName("the deadline goes into the due date and the end of the description, no variable; the applicant into the name")
  void dueDateLabelAndDescription() {
    Date due = new Date();
    when(task.getVariable("applicantName")).thenReturn("保定某精密机械有限公司");
    when(deadlines.lastDay(task)).thenReturn(Optional.of(LocalDate.of(2026, 12, 31)));
    when(deadlines.dueAt(LocalDate.of(2026, 12, 31))).thenReturn(due);
    details.onCreate(task);
    verify(task).setName("资格审查：保定某精密机械有限公司");
    verify(task).setDueDate(due);
    verify(task, never()).setVariableLocal(any(), any());
    verify(task).setDescription("审查申报主体资格（第十七条）。 办理期限：2026-12-31（星期四）前办结。");
  }

  @Test
  @DisplayName("a deadline reaching into next year before its holiday notice is out: the task arrives without a due date, saying why")
  void nextYearNotPublished() {
    when(deadlines.lastDay(task)).thenThrow(new CalendarYearNotPublishedException(2027));
    details.onCreate(task);
    verify(task, never()).setDueDate(any());
    verify(task).setVariableLocal("dueDateLabel", "未设期限（2027年节假日安排尚未发布）");
  }

  @Test
  @DisplayName("this year's holiday notice missing fails the task as it fails the timers (an incident where a job creates it)")
  void thisYearNotPublished() {
    when(deadlines.lastDay(task)).thenThrow(new CalendarYearNotPublishedException(2026));
    assertThatThrownBy(() -> details.onCreate(task)).isInstanceOf(CalendarYearNotPublishedException.class);
  }

  @Test
  @DisplayName("no configured days: 「未设期限」")
  void noDeadline() {
    when(deadlines.lastDay(task)).thenReturn(Optional.empty());
    details.onCreate(task);
    verify(task, never()).setDueDate(any());
    verify(task, never()).setVariableLocal(any(), any());
  }

  @Test
  @DisplayName("the form's header reads the deadline from the due date (23:59:59 of the last day, Asia/Shanghai), else why there is none")
  void labelWhenTheFormOpens() {
    WorkingDayCalendar calendar = new WorkingDayCalendar(folder.toString(), "Asia/Shanghai");
    when(task.getDueDate()).thenReturn(new Date(calendar.startOf(LocalDate.of(2027, 1, 1)).getTime() - 1000));
    assertThat(details.label(task)).isEqualTo("2026-12-31（星期四）前办结");

    when(task.getDueDate()).thenReturn(null);
    assertThat(details.label(task)).isEqualTo("未设期限");
    when(task.getVariableLocal("dueDateLabel")).thenReturn("未设期限（2027年节假日安排尚未发布）");
    assertThat(details.label(task)).isEqualTo("未设期限（2027年节假日安排尚未发布）");
  }

  @Test
  @DisplayName("the task's people are told it arrived: its group and users, the model's name, the case number and the deadline, not the party")
  void arrivalNotice() {
    IdentityLink group = IdentityLinkEntity.newIdentityLink();
    ((IdentityLinkEntity) group).setGroupId("quality-office");
    IdentityLink user = IdentityLinkEntity.newIdentityLink();
    ((IdentityLinkEntity) user).setUserId("clerk");
    when(task.getCandidates()).thenReturn(Set.of(group, user));
    when(task.getAssignee()).thenReturn("chief");
    when(task.getVariable("applicantName")).thenReturn("保定某精密机械有限公司");
    when(deadlines.lastDay(task)).thenReturn(Optional.of(LocalDate.of(2026, 12, 31)));
    details.onCreate(task);
    assertThat(published).containsExactly(new Notice(NoticeKind.TASK_ARRIVED, Set.of("chief", "clerk"),
        Set.of("quality-office"), Set.of(), "新待办任务：资格审查（BDQA-2026-0001），2026-12-31（星期四）前办结",
        "/camunda/app/tasklist/default/#/?task=t1"));
  }
}
