package org.qualityaward.complaint;

import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.forms.FormFields;
import org.qualityaward.honour.Honour;
import org.qualityaward.honour.Honours;
import org.qualityaward.revocation.RevocationGround;
import org.qualityaward.revocation.RevocationGroundsRule;
import org.springframework.stereotype.Component;

/**
 * Complete listener of Task_VerifyComplaint 核实投诉举报 (Art 9(6), 30 经市质强办核实): {@code founded}
 * (process variable for the gateway), {@code findings} always; when founded the fact date and the
 * proposed ground of Art 30, checked by {@link RevocationGroundsRule} (so the leading group only
 * gets cases the Measures allow).
 */
@Component("recordComplaintVerification")
class RecordVerificationListener implements TaskListener {

  private final Complaints complaints;
  private final Honours honours;
  private final WorkingDayCalendar clock;
  private final IdentityService identityService;

  RecordVerificationListener(Complaints complaints, Honours honours, WorkingDayCalendar clock,
      IdentityService identityService) {
    this.complaints = complaints;
    this.honours = honours;
    this.clock = clock;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    Complaint complaint = complaints.ofProcess(task.getProcessInstanceId());
    Honour honour = honours.get(complaint.getHonourId());
    FormFields form = new FormFields(task::getVariable);
    Boolean founded = form.bool("founded", "投诉举报属实，构成撤销情形");
    String findings = form.text("findings", "核实情况", 4000);
    RevocationGround ground = form.optionalChoice("ground", "拟适用的撤销情形", RevocationGround.class);
    LocalDate factDate = form.optionalDate("factDate", "事实发生日期");
    if (Boolean.TRUE.equals(founded)) {
      RevocationGroundsRule.check(form, ground, factDate, honour, clock.today());
    }
    form.throwIfAny();
    Authentication user = identityService.getCurrentAuthentication();
    complaint.verified(founded, findings, founded ? factDate : null, founded ? ground : null,
        user == null ? null : user.getUserId(), clock.now());
  }
}
