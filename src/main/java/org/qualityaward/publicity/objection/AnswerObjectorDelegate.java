package org.qualityaward.publicity.objection;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.notification.Notice;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Task_AnswerObjector 答复异议人: the recorded answer becomes visible to the objector on
 * {@code GET /api/objections/{receiptNumber}}; the objection is CONCLUDED.
 */
@Component("answerObjector")
class AnswerObjectorDelegate implements JavaDelegate {

  private final ObjectionLookup lookup;
  private final WorkingDayCalendar clock;
  private final ApplicationEventPublisher events;

  AnswerObjectorDelegate(ObjectionLookup lookup, WorkingDayCalendar clock, ApplicationEventPublisher events) {
    this.lookup = lookup;
    this.clock = clock;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Objection o = lookup.ofProcess(execution, execution.getProcessInstanceId());
    if (o.getAnswer() == null || o.getAnswer().isBlank()) {
      throw new IllegalStateException("异议 " + o.getReceiptNumber() + " 尚无答复内容（no answer recorded）");
    }
    o.conclude(clock.now());
    answered(o).ifPresent(events::publishEvent);
  }

  /** The objector is told their receipt has an answer, where the contact they gave is an e-mail address. */
  static Optional<Notice> answered(Objection o) {
    return Notice.ofReceipt(o.getContact(), "您提交的异议（回执号 " + o.getReceiptNumber() + "）已有答复",
        "/notices/objections/" + o.getReceiptNumber());
  }
}
