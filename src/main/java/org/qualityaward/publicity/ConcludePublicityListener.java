package org.qualityaward.publicity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.qualityaward.publicity.objection.ObjectionService;
import org.springframework.stereotype.Component;

/**
 * End listener of the process {@code publicity}: runs when the instance ends, i.e. after the
 * period has ended AND the last objection has concluded. Sets the out variable
 * {@code disqualifiedApplicationIds} (comma-separated, "" if none) before it is passed to the
 * caller, and marks the publicity CONCLUDED. A cancelled instance withdraws its publicity: off the board's
 * running ones, no more objections, the open ones closed with an answer (their processes went with it).
 */
@Component("concludePublicity")
class ConcludePublicityListener implements ExecutionListener {

  private final PublicityPeriod period;
  private final PublicityService service;
  private final ObjectionService objections;

  ConcludePublicityListener(PublicityPeriod period, PublicityService service, ObjectionService objections) {
    this.period = period;
    this.service = service;
    this.objections = objections;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Publicity p = period.load(execution.getVariable("publicityId"));
    if (execution.isCanceled()) {
      if (p.getState() != PublicityState.CONCLUDED) {
        p.setState(PublicityState.WITHDRAWN);
        objections.closeOpen(p);
      }
      return;
    }
    p.setState(PublicityState.CONCLUDED);
    execution.setVariable("disqualifiedApplicationIds", service.disqualifiedApplicationIds(p.getId()));
  }
}
