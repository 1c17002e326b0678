package org.qualityaward.honour;

import java.util.Set;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.qualityaward.identity.TaskActor;
import org.qualityaward.platform.HistoryWithout;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The honour's own steps in its model, one bean each, named as the model calls it: each finds its
 * honour in our records (the honour this instance was started for, never an id a variable names),
 * reads the form's answers once and calls typed code.
 */
@Configuration(proxyBeanMethods = false)
class HonourSteps {

  /**
   * The renewal request's contact person and phone and declared records (a person's penalties), and the people who
   * took part in a return visit: our renewal and visit records keep them, the engine's history not.
   */
  @Bean
  HistoryWithout peopleOutOfHonourHistory() {
    return HistoryWithout.variablesOf(HonourModel.PROCESS_KEY,
        Set.of("contact", "participants", "creditRecords", "accidents", "employerCreditRecords"));
  }

  /** 荣誉期满: the validity ended without renewal or revocation. */
  @Bean
  JavaDelegate expireHonour(Honours honours) {
    return execution -> honours.expire(honours.ofProcess(execution.getProcessInstanceId()));
  }

  /** 回访获奖组织's record (Art 31), or its field problems. */
  @Bean
  TaskListener recordReturnVisit(Honours honours) {
    return onHonour(honours, (task, honourId) -> honours.recordReturnVisit(honourId, visitDate(task),
        task.getVariable("visitedOn"), task.getVariable("participants"), task.getVariable("findings"),
        task.getVariable("followUp"), TaskActor.of(task)));
  }

  /** 督办逾期回访: what the office did about the overdue visit. */
  @Bean
  TaskListener recordOverdueChase(Honours honours) {
    return onHonour(honours, (task, honourId) -> honours.recordOverdueChase(honourId, visitDate(task),
        task.getVariable("chaseActions"), task.getCreateTime(), TaskActor.of(task)));
  }

  /** The visit's due day: the multi-instance element the engine took from the honour's own visit dates. */
  private static String visitDate(DelegateTask task) {
    return (String) task.getVariable("visitDate");
  }

  /** A task of the honour this instance was started for (Honours#start binds them). */
  private static TaskListener onHonour(Honours honours, BiConsumer<DelegateTask, Long> step) {
    return task -> step.accept(task, honours.ofProcess(task.getProcessInstanceId()));
  }
}
