package org.qualityaward.notification;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deadline reminders, once a day: a task whose last day is within {@code
 * qa.notifications.reminder-working-days} working days (today counted when it is one) reminds its
 * people; a task past its due date reminds them and the quality office. Each task is reminded of each
 * once (deadline_reminder), however often the run repeats.
 */
@Component
class DeadlineReminders {

  private static final String OFFICE = "quality-office";
  /** Task ids per look-up of the reminders given: well below every database's limit of parameters. */
  private static final int CHUNK = 500;
  private static final String REMINDED = "insert into deadline_reminder (task_id, kind, reminded_at) values (?, ?, ?)";

  private final TaskService tasks;
  private final WorkingDayCalendar calendar;
  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;
  private final int workingDays;
  private final TransactionTemplate eachReminder;

  DeadlineReminders(TaskService tasks, WorkingDayCalendar calendar, JdbcTemplate jdbc,
      ApplicationEventPublisher events, PlatformTransactionManager transactions,
      @Value("${qa.notifications.reminder-working-days:2}") int workingDays) {
    if (workingDays < 1) {
      throw new IllegalArgumentException("qa.notifications.reminder-working-days 至少为 1，实际为 " + workingDays);
    }
    this.tasks = tasks;
    this.calendar = calendar;
    this.jdbc = jdbc;
    this.events = events;
    this.workingDays = workingDays;
    this.eachReminder = new TransactionTemplate(transactions);
  }

  /**
   * Every node of a cluster runs it at the same moment: each reminder is claimed with its row in a transaction
   * of its own, so a node that finds a task just reminded by another skips that task and goes on (one
   * transaction for the run made the later node fail on the first such row and roll back its whole run, logged
   * as an error every morning).
   */
  @Scheduled(cron = "${qa.notifications.reminder-cron:0 0 8 * * *}", zone = "Asia/Shanghai")
  void remind() {
    LocalDateTime now = calendar.now();
    Date horizon = calendar.startOf(calendar.lastDayOf(now.toLocalDate(), workingDays).plusDays(1));
    List<Task> due = tasks.createTaskQuery().active().dueBefore(horizon).list();
    if (due.isEmpty()) {
      return;
    }
    Set<String> done = new HashSet<>();
    for (int from = 0; from < due.size(); from += CHUNK) {
      List<Task> chunk = due.subList(from, Math.min(due.size(), from + CHUNK));
      done.addAll(jdbc.queryForList("select task_id || ':' || kind from deadline_reminder where task_id in ("
          + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")", String.class,
          chunk.stream().map(Task::getId).toArray()));
    }
    for (Task task : due) {
      boolean passed = !calendar.timeOf(task.getDueDate()).isAfter(now);
      NoticeKind kind = passed ? NoticeKind.DEADLINE_PASSED : NoticeKind.DEADLINE_NEAR;
      if (done.contains(task.getId() + ":" + kind.name())) {
        continue;
      }
      try {
        eachReminder.executeWithoutResult(status -> {
          jdbc.update(REMINDED, task.getId(), kind.name(), Timestamp.valueOf(now));
          remind(task, kind);
        });
      } catch (DuplicateKeyException remindedByAnotherNode) {
        // its notices went with the other node's transaction
      }
    }
  }

  /** To the task's people, and when it has passed to the office; the last day and the link, not the case. */
  private void remind(Task task, NoticeKind kind) {
    Set<String> users = new HashSet<>();
    Set<String> groups = new HashSet<>();
    if (task.getAssignee() != null) {
      users.add(task.getAssignee());
    } else {
      for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
        if (link.getUserId() != null) {
          users.add(link.getUserId());
        } else if (link.getGroupId() != null) {
          groups.add(link.getGroupId());
        }
      }
    }
    if (kind == NoticeKind.DEADLINE_PASSED) {
      groups.add(OFFICE);
    }
    LocalDate lastDay = calendar.timeOf(task.getDueDate()).toLocalDate();
    String title = kind == NoticeKind.DEADLINE_PASSED
        ? "待办任务已超期：应于 " + lastDay + " 前办结，请尽快办理"
        : "待办任务即将到期：请于 " + lastDay + " 前办结";
    events.publishEvent(new Notice(kind, users, groups, Set.of(), title, Notice.TASKLIST + "#/?task=" + task.getId()));
  }
}
