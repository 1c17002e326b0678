package org.qualityaward.renewal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Bean {@code renewalContext}: read-only facts the renewal's forms show (input mappings, so they live
 * as task-local variables only), of the renewal under review in this {@code honour} instance.
 */
@Component("renewalContext")
public class RenewalContext {

  private final Renewals renewals;

  RenewalContext(Renewals renewals) {
    this.renewals = renewals;
  }

  /** The renewal case's number (提交复评材料 links to its page). */
  public String caseNumber(DelegateExecution execution) {
    return renewals.caseNumber(renewals.ofProcess(execution.getProcessInstanceId()));
  }

  /** What the leading group and the city government read: the holder, scores and decisions so far. */
  public String summary(DelegateExecution execution) {
    return renewals.summary(renewals.ofProcess(execution.getProcessInstanceId()));
  }
}
