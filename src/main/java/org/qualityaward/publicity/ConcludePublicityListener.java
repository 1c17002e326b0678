package org.qualityaward.publicity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of the process {@code publicity}: runs when the instance ends, i.e. after the
 * period has ended AND the last objection has concluded. Sets the out variable
 * {@code disqualifiedApplicationIds} (comma-separated, "" if none) before it is passed to the
 * caller, and marks the publicity CONCLUDED. Does nothing when the instance is cancelled.
 */
@Component("concludePublicity")
class ConcludePublicityListener implements ExecutionListener {

  private final PublicityPeriod period;
  private final PublicityService service;

  ConcludePublicityListener(PublicityPeriod period, PublicityService service) {
    this.period = period;
    this.service = service;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    Publicity p = period.load(execution.getVariable("publicityId"));
    p.setState(PublicityState.CONCLUDED);
    execution.setVariable("disqualifiedApplicationIds", service.disqualifiedApplicationIds(p.getId()));
  }
}
