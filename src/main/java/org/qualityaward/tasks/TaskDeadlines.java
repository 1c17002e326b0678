package org.qualityaward.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.honour.HonourProperties;
import org.qualityaward.honour.Honours;
import org.qualityaward.publicity.Publicity;
import org.qualityaward.publicity.PublicityRepository;
import org.qualityaward.revocation.Revocations;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Reads a new task's case for {@link DueDayRule}: the return visit's due day, the honour's validity,
 * the revocation day, the publicity an objection was filed in; every other task by its configured
 * working days. Checks {@code qa.tasks.due-working-days} against the models at start-up.
 */
@Component
class TaskDeadlines {

  private static final String MODELS = "classpath*:processes/**/*.bpmn";

  private final WorkingDayCalendar calendar;
  private final DueDayRule rule;
  private final HonourProperties honourProperties;
  private final Honours honours;
  private final Revocations revocations;
  private final PublicityRepository publicities;

  TaskDeadlines(WorkingDayCalendar calendar, TaskProperties properties, HonourProperties honourProperties,
      Honours honours, Revocations revocations, PublicityRepository publicities) {
    this.calendar = calendar;
    this.rule = new DueDayRule(calendar,
        DueDayRule.checkConfiguration(properties.dueWorkingDays(), userTaskKeys()));
    this.honourProperties = honourProperties;
    this.honours = honours;
    this.revocations = revocations;
    this.publicities = publicities;
  }

  /** The last day the task is on time; empty when neither the case nor the configuration sets one. */
  Optional<LocalDate> lastDay(DelegateTask task) {
    String key = task.getTaskDefinitionKey();
    LocalDate today = calendar.today();
    return switch (key) {
      case "Task_ReturnVisit" -> Optional.of(rule.returnVisit(
          LocalDate.parse((String) task.getVariable("visitDate")),
          honourProperties.returnVisits().overdueWorkingDays()));
      case "Task_RequestRenewal" -> Optional.of(rule.renewalRequest(
          honours.get(((Number) task.getVariable("honourId")).longValue()).getValidUntil()));
      case "Task_TrackRecall" -> Optional.of(rule.recall(revocations.reminderDueOn(
          revocations.get(task.getVariable("revocationId")).getRevokedOn())));
      case "Task_InvestigateObjection", "Task_ConcludeObjection" ->
          rule.objection(key, publicityLastDay(task), today);
      default -> rule.configured(key, today);
    };
  }

  /** The instant the task is overdue: when its last day is over in the award's zone. */
  Date dueAt(LocalDate lastDay) {
    return new Date(calendar.startOf(lastDay.plusDays(1)).getTime() - 1000);
  }

  /** An objection runs as a called process of its publicity, which holds {@code publicityId}. */
  private LocalDate publicityLastDay(DelegateTask task) {
    DelegateExecution publicity = task.getExecution().getProcessInstance().getSuperExecution();
    Object publicityId = publicity == null ? null : publicity.getVariable("publicityId");
    if (!(publicityId instanceof Number id)) {
      return null;
    }
    return publicities.findById(id.longValue()).map(Publicity::getEndDate).orElse(null);
  }

  /** The user task keys of the models the application deploys. */
  static Set<String> userTaskKeys() {
    Set<String> keys = new TreeSet<>();
    try {
      for (Resource model : new PathMatchingResourcePatternResolver().getResources(MODELS)) {
        try (InputStream in = model.getInputStream()) {
          Bpmn.readModelFromStream(in).getModelElementsByType(UserTask.class)
              .forEach(task -> keys.add(task.getId()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("无法读取流程模型 " + MODELS, e);
    }
    return keys;
  }
}
