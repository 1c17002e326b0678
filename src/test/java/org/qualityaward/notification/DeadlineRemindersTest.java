package org.qualityaward.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
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
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;

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

  @Test
  @DisplayName("two nodes reminding at the same moment: a task the other node is reminding is skipped, the rest reminded, nothing fails")
  void anotherNodeAtTheSameMoment() throws Exception {
    EngineClock.set(LocalDateTime.of(2026, 3, 4, 8, 0));
    Task first = task("drnodeA", LocalDate.of(2026, 3, 5), "drworker");
    Task second = task("drnodeB", LocalDate.of(2026, 3, 5), "drworker");
    CountDownLatch claimed = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      // the other node has claimed the first task's reminder and not yet committed
      Future<?> otherNode = nodes.submit(() -> transactions.executeWithoutResult(status -> {
        jdbc.update("insert into deadline_reminder (task_id, kind, reminded_at) values (?, ?, ?)", first.getId(),
            NoticeKind.DEADLINE_NEAR.name(), Timestamp.valueOf(LocalDateTime.of(2026, 3, 4, 8, 0)));
        claimed.countDown();
        await(release);
      }));
      claimed.await();
      Future<?> thisNode = nodes.submit(() -> reminders.remind());
      Thread.sleep(300);
      release.countDown();
      otherNode.get(10, TimeUnit.SECONDS);
      thisNode.get(10, TimeUnit.SECONDS);
    } finally {
      nodes.shutdownNow();
    }

    // events are recorded on the test's thread only: what this node stored is read from the inbox
    assertThat(inbox.latest("drworker")).as("the first reminded by the other node")
        .noneMatch(n -> n.getLink().endsWith("=" + first.getId()))
        .filteredOn(n -> n.getLink().endsWith("=" + second.getId())).singleElement()
        .satisfies(n -> assertThat(n.getKind()).isEqualTo(NoticeKind.DEADLINE_NEAR));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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
