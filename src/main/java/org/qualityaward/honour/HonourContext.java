package org.qualityaward.honour;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Bean {@code honourContext}: read-only facts the honour's forms show (input mappings, so they live as
 * task-local variables only), of the honour the instance was started for.
 */
@Component("honourContext")
public class HonourContext {

  private final Honours honours;

  HonourContext(Honours honours) {
    this.honours = honours;
  }

  public String holderName(DelegateExecution execution) {
    return honour(execution).getHolderName();
  }

  /** The validity's last day (ISO date). */
  public String validUntil(DelegateExecution execution) {
    return honour(execution).getValidUntil().toString();
  }

  /** The last day a renewal may be requested (ISO date). */
  public String renewalRequestUntil(DelegateExecution execution) {
    return honours.lastRenewalRequestDay(honour(execution).getId()).toString();
  }

  private Honour honour(DelegateExecution execution) {
    return honours.get(honours.ofProcess(execution.getProcessInstanceId()));
  }
}
