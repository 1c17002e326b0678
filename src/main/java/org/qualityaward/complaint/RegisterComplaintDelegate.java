package org.qualityaward.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.qualityaward.honour.HonourState;
import org.qualityaward.honour.Honours;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterComplaint 登记投诉举报: accepts the stored complaint and sets, from our record, {@code subject}
 * for Gateway_Subject and, about a holder, {@code alreadyRevoked} for Gateway_HonourRevoked — a revoked
 * honour is not revoked twice, the complaint is answered so.
 */
@Component("registerComplaint")
class RegisterComplaintDelegate implements JavaDelegate {

  private final Complaints complaints;
  private final Honours honours;

  RegisterComplaintDelegate(Complaints complaints, Honours honours) {
    this.complaints = complaints;
    this.honours = honours;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Complaint complaint = complaints.ofReceipt(execution.getProcessBusinessKey());
    complaint.accept(execution.getProcessInstanceId());
    execution.setVariable("subject", complaint.getSubject().name());
    if (complaint.getSubject() == ComplaintSubject.HOLDER) {
      execution.setVariable("alreadyRevoked", honours.get(complaint.getHonourId()).getState() == HonourState.REVOKED);
    }
  }
}
