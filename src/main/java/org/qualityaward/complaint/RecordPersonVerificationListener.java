package org.qualityaward.complaint;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.qualityaward.application.ApplicationCases;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.forms.FormFields;
import org.springframework.stereotype.Component;

/**
 * Complete listener of Task_VerifyCandidateComplaint and Task_VerifyStaffComplaint (Art 9(6), 29): {@code
 * founded} and {@code findings}, stored on the complaint for the answer; on a candidate's, whether the office ends
 * the case as disqualified ({@code disqualify}, Art 17: only founded, only a case under evaluation). No revocation
 * ground: these are no holders (Art 30).
 */
@Component("recordPersonComplaintVerification")
class RecordPersonVerificationListener implements TaskListener {

  private final Complaints complaints;
  private final ApplicationCases cases;
  private final WorkingDayCalendar clock;
  private final IdentityService identityService;

  RecordPersonVerificationListener(Complaints complaints, ApplicationCases cases, WorkingDayCalendar clock,
      IdentityService identityService) {
    this.complaints = complaints;
    this.cases = cases;
    this.clock = clock;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    Complaint complaint = complaints.ofProcess(task.getProcessInstanceId());
    FormFields form = new FormFields(task::getVariable);
    Boolean founded = form.bool("founded", "投诉举报经核实属实");
    String findings = form.text("findings", "核实情况", 4000);
    boolean disqualify = ComplaintModel.VERIFY_CANDIDATE_COMPLAINT.equals(task.getTaskDefinitionKey())
        && task.getVariable("disqualify") != null && Boolean.TRUE.equals(form.bool("disqualify", "取消其参评资格"));
    if (disqualify && !Boolean.TRUE.equals(founded)) {
      form.problem("disqualify", "只有经核实属实的投诉举报才能取消参评资格（第九条第六项）：请先勾选「经核实属实」");
    } else if (disqualify) {
      cases.whyNotDisqualifiable(complaint.getApplicationId()).ifPresent(why -> form.problem("disqualify", why));
    }
    form.throwIfAny();
    Authentication user = identityService.getCurrentAuthentication();
    complaint.personVerified(founded, findings, disqualify, user == null ? null : user.getUserId(), clock.now());
  }
}
