package org.qualityaward.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.qualityaward.platform.ReceiptNumbers;
import org.qualityaward.publicity.CandidateDisqualified;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Task_DisqualifyCandidate 取消参评资格 (Art 9(6), 17): the office found the complaint true and decided so; the
 * candidate's case ends as disqualified, as on an upheld objection ({@link CandidateDisqualified}, inside the
 * transaction: a panel reviewing it stops, a list still published marks it).
 */
@Component("disqualifyComplainedCandidate")
class DisqualifyComplainedCandidateDelegate implements JavaDelegate {

  private final Complaints complaints;
  private final ApplicationEventPublisher events;

  DisqualifyComplainedCandidateDelegate(Complaints complaints, ApplicationEventPublisher events) {
    this.complaints = complaints;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // the office's verification, completed in this transaction just before, checked that the case may be disqualified
    Complaint complaint = complaints.ofProcess(execution.getProcessInstanceId());
    // the candidate reads the reason: the serial, not the number that opens the answer to the complainant
    events.publishEvent(new CandidateDisqualified(complaint.getApplicationId(), null, "投诉举报经核实属实（投诉举报受理编号 "
        + ReceiptNumbers.serial(complaint.getReceiptNumber()) + "）：" + complaint.getFindings()));
  }
}
