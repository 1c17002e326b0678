package org.qualityaward.renewal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.qualityaward.honour.HonourModel;
import org.qualityaward.honour.Honours;
import org.qualityaward.tasks.CaseTasks;
import org.springframework.stereotype.Component;

/** Art 33 with Art 16: the holder's material is due on the day its timer closes it, fixed when the case opened. */
@Component
class RenewalTasks implements CaseTasks {

  private final Renewals renewals;
  private final Honours honours;

  RenewalTasks(Renewals renewals, Honours honours) {
    this.renewals = renewals;
    this.honours = honours;
  }

  @Override
  public Map<String, String> fixedByCase() {
    return Map.of(HonourModel.SUBMIT_RENEWAL_MATERIAL,
        "第三十三条复评材料：复评案件建立后 qa.honour.renewal.material-working-days 个工作日");
  }

  @Override
  public Optional<LocalDate> lastDay(DelegateTask task, LocalDate today) {
    return HonourModel.SUBMIT_RENEWAL_MATERIAL.equals(task.getTaskDefinitionKey())
        ? Optional.ofNullable(renewals.materialDueOn(honours.ofProcess(task.getProcessInstanceId())))
        : Optional.empty();
  }
}
