package org.qualityaward.publicity.objection;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.qualityaward.publicity.ObjectionModel;
import org.qualityaward.publicity.Publicity;
import org.qualityaward.publicity.PublicityRepository;
import org.qualityaward.tasks.CaseTasks;
import org.springframework.stereotype.Component;

/**
 * Art 16, 17, 18, 21 (公示期…期满无异议): an objection is handled within the publicity it was filed in,
 * so that the list's result is not held up; once the period is over, the configured days apply.
 */
@Component
class ObjectionTasks implements CaseTasks {

  private static final Set<String> TASKS = Set.of(ObjectionModel.INVESTIGATE_OBJECTION,
      ObjectionModel.CONCLUDE_OBJECTION);

  private final PublicityRepository publicities;

  ObjectionTasks(PublicityRepository publicities) {
    this.publicities = publicities;
  }

  @Override
  public Optional<LocalDate> lastDay(DelegateTask task, LocalDate today) {
    if (!TASKS.contains(task.getTaskDefinitionKey())) {
      return Optional.empty();
    }
    return withinPeriod(publicityLastDay(task), today);
  }

  static Optional<LocalDate> withinPeriod(LocalDate publicityLastDay, LocalDate today) {
    return Optional.ofNullable(publicityLastDay).filter(lastDay -> !lastDay.isBefore(today));
  }

  /** An objection runs as a called process of its publicity, which holds {@code publicityId}. */
  private LocalDate publicityLastDay(DelegateTask task) {
    DelegateExecution publicity = task.getExecution().getProcessInstance().getSuperExecution();
    Object publicityId = publicity == null ? null : publicity.getVariable("publicityId");
    if (!(publicityId instanceof Number id)) {
      return null;
    }
    return publicities.findById(id.longValue()).map(Publicity::getLastDay).orElse(null);
  }
}
