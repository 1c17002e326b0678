package org.qualityaward.tasks;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.qualityaward.calendar.CalendarYearNotPublishedException;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.notification.Notice;
import org.qualityaward.notification.NoticeKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every new user task shows in Tasklist besides the model's name and documentation: whose case
 * it is (several cases in one inbox are told apart), its due date and the task-local variable
 * {@value #LABEL} that the forms show in their header. Tells the task's people it has arrived ({@link Notice}).
 */
@Component
class TaskDetails {

  /**
   * The deadline as the forms' header shows it, e.g. 「2027-04-09（星期五）前办结」 or 「未设期限」: read from the due
   * date when the form opens ({@link #label}); only why a task has none is stored with it, as a task-local variable.
   */
  static final String LABEL = "dueDateLabel";

  private static final Logger log = LoggerFactory.getLogger(TaskDetails.class);

  private final TaskDeadlines deadlines;
  private final WorkingDayCalendar calendar;
  private final List<CaseTasks> cases;
  private final ApplicationEventPublisher events;

  TaskDetails(TaskDeadlines deadlines, WorkingDayCalendar calendar, List<CaseTasks> cases,
      ApplicationEventPublisher events) {
    this.deadlines = deadlines;
    this.calendar = calendar;
    this.cases = List.copyOf(cases);
    this.events = events;
  }

  void onCreate(DelegateTask task) {
    String modelName = task.getName();
    appendParty(task);
    String label = setDueDate(task);
    if (task.getDescription() != null) {
      task.setDescription(task.getDescription() + " 办理期限：" + label + "。");
    }
    announce(task, modelName, label);
  }

  /**
   * The header's deadline when the form opens: from the task's due date (so a due date changed in Tasklist shows
   * too), else why it has none.
   */
  String label(DelegateTask task) {
    if (task.getDueDate() != null) {
      return DueDayRule.label(calendar.timeOf(task.getDueDate()).toLocalDate());
    }
    return task.getVariableLocal(LABEL) instanceof String reason ? reason : DueDayRule.NO_DEADLINE;
  }

  /**
   * The model's name of the task and the case number, not the party's name: a mail leaves the system, and
   * an expert's notice names the case by number only.
   */
  private void announce(DelegateTask task, String modelName, String label) {
    Set<String> users = new HashSet<>();
    Set<String> groups = new HashSet<>();
    if (task.getAssignee() != null) {
      users.add(task.getAssignee());
    }
    for (IdentityLink candidate : task.getCandidates()) {
      if (candidate.getUserId() != null) {
        users.add(candidate.getUserId());
      } else if (candidate.getGroupId() != null) {
        groups.add(candidate.getGroupId());
      }
    }
    // panels started before they had a business key (case and stage) carry the case number as a variable
    Object caseNumber = task.getExecution().getProcessBusinessKey() != null ? task.getExecution().getProcessBusinessKey()
        : task.getVariable("applicationNumber");
    NoticeKind kind = cases.stream().map(c -> c.arrival(task)).flatMap(Optional::stream).findFirst()
        .orElse(NoticeKind.TASK_ARRIVED);
    events.publishEvent(new Notice(kind, users, groups, Set.of(),
        (kind == NoticeKind.TASK_ARRIVED ? "新待办任务" : kind.label()) + "：" + modelName + (caseNumber == null ? "" : "（" + caseNumber + "）") + "，" + label,
        Notice.TASKLIST + "#/?task=" + task.getId()));
  }

  private String setDueDate(DelegateTask task) {
    Optional<LocalDate> lastDay;
    try {
      lastDay = deadlines.lastDay(task);
    } catch (CalendarYearNotPublishedException e) {
      // This year's notice missing stops the timers too (an incident); a deadline reaching into next
      // year before its notice is out must not stop the work of this year.
      if (e.getYear() <= calendar.today().getYear()) {
        throw e;
      }
      log.warn("Task {} ({}) gets no due date: {}", task.getTaskDefinitionKey(), task.getId(), e.getMessage());
      String reason = DueDayRule.NO_DEADLINE + "（" + e.getYear() + "年节假日安排尚未发布）";
      // known only now: the form's header shows it later
      task.setVariableLocal(LABEL, reason);
      return reason;
    }
    lastDay.ifPresent(day -> task.setDueDate(deadlines.dueAt(day)));
    return lastDay.map(DueDayRule::label).orElse(DueDayRule.NO_DEADLINE);
  }

  /**
   * The applicant of an application's tasks, the holder of an honour's (visits, renewal, complaint,
   * revocation), the candidate objected to in an objection's: 「回访获奖组织：保定某精密机械有限公司」.
   * Not twice when the name already carries it.
   */
  private void appendParty(DelegateTask task) {
    Object party = task.getVariable("applicantName");
    if (party == null) {
      party = task.getVariable("holderName");
    }
    if (party == null) {
      party = task.getVariable("candidate");
    }
    if (party == null) {
      party = cases.stream().map(c -> c.party(task)).flatMap(Optional::stream).findFirst().orElse(null);
    }
    if (party != null && task.getName() != null && !task.getName().contains(party.toString())) {
      task.setName(task.getName() + "：" + party);
    }
  }
}
