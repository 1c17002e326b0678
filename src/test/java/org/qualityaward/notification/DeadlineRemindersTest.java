package org.qualityaward.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Issue 17: reminders of a deadline near (2 working days, the calendar's) and passed (also to the office), once each. */
@SpringBootTest
@RecordApplicationEvents
class DeadlineRemindersTest {

  @Autowired DeadlineReminders reminders;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired WorkingDayCalendar calendar;
  @Autowired NotificationInbox inbox;
  @Autowired ApplicationEvents events;

  @AfterEach
  void cleanUp() {
    EngineClock.reset();
  }

  @Test
  @DisplayName("near: due within 2 working days (Friday 6 March seen on Thursday 5, not Monday 9); passed: to the task's people and the office; never twice")
  void remindsOnceEach() {
    TestUsers.ensure(identityService, "drclerk", "quality-office");
    EngineClock.set(LocalDateTime.of(2026, 3, 4, 8, 0));
    Task near = task("drnear", LocalDate.of(2026, 3, 6), "drworker");
    Task later = task("drlater", LocalDate.of(2026, 3, 9), "drworker");
    Task passed = task("drpassed", LocalDate.of(2026, 3, 3), null);
    taskService.addCandidateGroup(passed.getId(), "dr-unit");

    EngineClock.set(LocalDateTime.of(2026, 3, 5, 8, 0));
    reminders.remind();
    reminders.remind();

    assertThat(about(near)).singleElement().satisfies(n -> {
      assertThat(n.kind()).isEqualTo(NoticeKind.DEADLINE_NEAR);
      assertThat(n.users()).containsExactly("drworker");
      assertThat(n.title()).isEqualTo("待办任务即将到期：请于 2026-03-06 前办结");
    });
    assertThat(about(later)).isEmpty();
    assertThat(about(passed)).singleElement().satisfies(n -> {
      assertThat(n.kind()).isEqualTo(NoticeKind.DEADLINE_PASSED);
      assertThat(n.groups()).containsExactlyInAnyOrder("dr-unit", "quality-office");
    });
    assertThat(inbox.latest("drclerk")).anyMatch(n -> n.getLink().endsWith(passed.getId()));

    // the near one passes: reminded again, now as passed
    EngineClock.set(LocalDateTime.of(2026, 3, 9, 8, 0));
    reminders.remind();
    assertThat(about(near)).extracting(Notice::kind).containsExactly(NoticeKind.DEADLINE_NEAR, NoticeKind.DEADLINE_PASSED);
  }

  private Task task(String id, LocalDate lastDay, String assignee) {
    Task task = taskService.newTask(id + System.nanoTime());
    task.setName("提醒测试");
    task.setAssignee(assignee);
    task.setDueDate(new Date(calendar.startOf(lastDay.plusDays(1)).getTime() - 1000));
    taskService.saveTask(task);
    return task;
  }

  private List<Notice> about(Task task) {
    return events.stream(Notice.class).filter(n -> n.link().endsWith("=" + task.getId())).toList();
  }
}
