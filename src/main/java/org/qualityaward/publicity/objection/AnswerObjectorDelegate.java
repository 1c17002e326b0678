package org.qualityaward.publicity.objection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * Task_AnswerObjector 答复异议人: the recorded answer becomes visible to the objector on
 * {@code GET /api/objections/{receiptNumber}}; the objection is CONCLUDED.
 */
@Component("answerObjector")
class AnswerObjectorDelegate implements JavaDelegate {

  private final ObjectionLookup lookup;
  private final WorkingDayCalendar clock;

  AnswerObjectorDelegate(ObjectionLookup lookup, WorkingDayCalendar clock) {
    this.lookup = lookup;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Objection o = lookup.ofProcess(execution, execution.getProcessInstanceId());
    if (o.getAnswer() == null || o.getAnswer().isBlank()) {
      throw new IllegalStateException("异议 " + o.getReceiptNumber() + " 尚无答复内容（no answer recorded）");
    }
    o.conclude(clock.now());
  }
}
