package org.qualityaward.publicity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_EndPublicityPeriod 公示期满: no more objections are accepted (state PERIOD_ENDED). */
@Component("endPublicityPeriod")
class EndPublicityPeriodDelegate implements JavaDelegate {

  private final PublicityPeriod period;

  EndPublicityPeriodDelegate(PublicityPeriod period) {
    this.period = period;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Publicity p = period.load(execution.getVariable("publicityId"));
    if (p.getState() == PublicityState.RUNNING) {
      p.setState(PublicityState.PERIOD_ENDED);
    }
  }
}
