package org.qualityaward.publicity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.qualityaward.calendar.CalendarYearNotPublishedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Task_OpenPublicity 开始公示: binds the publicity row to this instance (state RUNNING), records the
 * first and last day and sets {@code handlerGroup} for the objections. If the calendar year is not
 * published the days stay empty here and the timer's asyncBefore job raises the incident.
 */
@Component("openPublicity")
class OpenPublicityDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(OpenPublicityDelegate.class);

  private final PublicityPeriod period;

  OpenPublicityDelegate(PublicityPeriod period) {
    this.period = period;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Publicity p = period.load(execution.getVariable("publicityId"));
    if (p.getProcessInstanceId() != null && !p.getProcessInstanceId().equals(execution.getProcessInstanceId())) {
      throw new IllegalStateException("公示 " + p.getId() + " 已由流程实例 " + p.getProcessInstanceId()
          + " 运行（publicity already running）");
    }
    p.setProcessInstanceId(execution.getProcessInstanceId());
    p.setState(PublicityState.RUNNING);
    try {
      period.fix(p);
    } catch (CalendarYearNotPublishedException e) {
      LOG.warn("publicity {}: period not known yet: {}", p.getId(), e.getMessage());
    }
    execution.setVariable("handlerGroup", p.getHandlerGroup());
  }
}
