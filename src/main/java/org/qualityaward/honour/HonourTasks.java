package org.qualityaward.honour;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.notification.NoticeKind;
import org.qualityaward.tasks.CaseTasks;
import org.springframework.stereotype.Component;

/** The honour's tasks: deadlines of the return visit (Art 31) and the renewal request (Art 33), the holder. */
@Component
class HonourTasks implements CaseTasks {

  private final Honours honours;
  private final HonourProperties properties;
  private final WorkingDayCalendar calendar;

  HonourTasks(Honours honours, HonourProperties properties, WorkingDayCalendar calendar) {
    this.honours = honours;
    this.properties = properties;
    this.calendar = calendar;
  }

  @Override
  public Map<String, String> fixedByCase() {
    return Map.of(
        HonourModel.RETURN_VISIT, "第三十一条回访：回访到期日起 qa.honour.return-visits.overdue-working-days 个工作日",
        HonourModel.REQUEST_RENEWAL, "第三十三条复评申请：有效期届满后 qa.honour.renewal.days-after-expiry 日");
  }

  @Override
  public Optional<LocalDate> lastDay(DelegateTask task, LocalDate today) {
    return switch (task.getTaskDefinitionKey()) {
      // on time through the last working day before the office is asked to chase it: the visit's
      // due day counts as day 1, exactly as the overdue timer counts
      case HonourModel.RETURN_VISIT -> Optional.of(calendar.lastDayOf(LocalDate.parse((String) task.getVariable("visitDate")),
          properties.returnVisits().overdueWorkingDays()));
      // 有效期为5年，期满可提出复评申请: the request stays open for a while after the validity's last day
      case HonourModel.REQUEST_RENEWAL -> Optional.of(properties.renewal().lastRequestDay(honour(task).getValidUntil()));
      default -> Optional.empty();
    };
  }

  /** Art 33: the holder's renewal request arriving is the renewal window opening. */
  @Override
  public Optional<NoticeKind> arrival(DelegateTask task) {
    return HonourModel.REQUEST_RENEWAL.equals(task.getTaskDefinitionKey()) ? Optional.of(NoticeKind.RENEWAL_OPEN)
        : Optional.empty();
  }

  /**
   * The holder of an honour's tasks (visits, renewal, complaint, revocation). Shown, never acted on: the
   * honour, complaint and revocation instances are all about the honour their {@code honourId} input
   * names, which the system sets from the record that starts them (Honours#start, the complaint's own
   * record), so it stands for the honour across the three models.
   */
  @Override
  public Optional<String> party(DelegateTask task) {
    return task.getVariable("honourId") instanceof Number ? Optional.of(honour(task).getHolderName()) : Optional.empty();
  }

  /** The honour the task is about, for its deadline and party (see party for why its input names it). */
  private Honour honour(DelegateTask task) {
    return honours.get(((Number) task.getVariable("honourId")).longValue());
  }
}
