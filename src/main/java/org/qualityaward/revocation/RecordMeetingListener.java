package org.qualityaward.revocation;

import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.forms.FormFields;
import org.qualityaward.honour.Honour;
import org.qualityaward.honour.HonourState;
import org.qualityaward.honour.Honours;
import org.springframework.stereotype.Component;

/**
 * Complete listener of Task_LeadingGroupMeeting 领导小组会议审议撤销 (Art 30): meeting date (not in
 * the future, not before the case was opened), chair, attendees, {@code approved}, and when
 * revoking the ground and the fact date, which must pass {@link RevocationGroundsRule}; {@code
 * comment} always. Refusals list every field problem and keep the task open.
 */
@Component("recordRevocationMeeting")
class RecordMeetingListener implements TaskListener {

  private final Revocations revocations;
  private final Honours honours;
  private final IdentityService identityService;
  private final WorkingDayCalendar calendar;

  RecordMeetingListener(Revocations revocations, Honours honours, IdentityService identityService,
      WorkingDayCalendar calendar) {
    this.revocations = revocations;
    this.honours = honours;
    this.identityService = identityService;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    Revocation revocation = revocations.get(revocations.ofProcess(task.getProcessInstanceId()));
    Honour honour = honours.get(revocation.getHonourId());
    LocalDate today = calendar.today();
    FormFields form = new FormFields(task::getVariable);
    LocalDate meetingDate = form.date("meetingDate", "会议日期");
    String chair = form.text("chair", "主持人", 100);
    String attendees = form.text("attendees", "出席人员", 1000);
    Boolean approved = form.bool("approved", "决定撤销荣誉称号");
    String comment = form.text("comment", "审议意见", 4000);
    RevocationGround ground = form.optionalChoice("ground", "撤销情形", RevocationGround.class);
    LocalDate factDate = form.optionalDate("factDate", "事实发生日期");
    if (meetingDate != null && meetingDate.isAfter(today)) {
      form.problem("meetingDate", "会议日期 " + meetingDate + " 不能晚于今天 " + today);
    } else if (meetingDate != null && meetingDate.isBefore(revocation.getOpenedAt().toLocalDate())) {
      form.problem("meetingDate", "会议日期 " + meetingDate + " 早于立案日期 " + revocation.getOpenedAt().toLocalDate());
    }
    if (Boolean.TRUE.equals(approved)) {
      if (honour.getState() == HonourState.REVOKED) {
        form.problem("approved", "该荣誉已于 " + honour.getRevokedOn() + " 撤销，不能再次撤销；请选择不予撤销并说明");
      }
      RevocationGroundsRule.check(form, ground, factDate, honour, today);
    }
    form.throwIfAny();
    Authentication user = identityService.getCurrentAuthentication();
    revocation.decide(meetingDate, chair, attendees, approved, approved ? ground : null,
        approved ? factDate : null, comment, user == null ? null : user.getUserId(), calendar.now());
  }
}
