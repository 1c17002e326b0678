package org.qualityaward.complaint;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.forms.FormFields;
import org.springframework.stereotype.Component;

/**
 * Complete listener of Task_VerifyCandidateComplaint and Task_VerifyStaffComplaint (Art 9(6), 29): {@code
 * founded} and {@code findings}, stored on the complaint for the answer. No revocation ground: these are no
 * holders (Art 30).
 */
@Component("recordPersonComplaintVerification")
class RecordPersonVerificationListener implements TaskListener {

  private final Complaints complaints;
  private final WorkingDayCalendar clock;
  private final IdentityService identityService;

  RecordPersonVerificationListener(Complaints complaints, WorkingDayCalendar clock, IdentityService identityService) {
    this.complaints = complaints;
    this.clock = clock;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    Complaint complaint = complaints.ofProcess(task.getProcessInstanceId());
    FormFields form = new FormFields(task::getVariable);
    Boolean founded = form.bool("founded", "投诉举报经核实属实");
    String findings = form.text("findings", "核实情况", 4000);
    form.throwIfAny();
    Authentication user = identityService.getCurrentAuthentication();
    complaint.verified(founded, findings, null, null, user == null ? null : user.getUserId(), clock.now());
  }
}
