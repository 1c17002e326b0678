package org.qualityaward.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.notification.Notice;
import org.qualityaward.honour.Honour;
import org.qualityaward.honour.Honours;
import org.qualityaward.revocation.Revocation;
import org.qualityaward.revocation.Revocations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Task_AnswerComplainant 答复投诉举报人: concludes the complaint with the answer {@code GET
 * /api/complaints/{receipt}} shows — about a holder: already revoked (before the complaint, or meanwhile
 * on another one), unfounded, revoked, or not revoked by the leading group; about a candidate or a person
 * working on the award: founded or unfounded, with the office's findings, and a candidate's disqualification.
 */
@Component("answerComplainant")
class AnswerComplainantDelegate implements JavaDelegate {

  private final Complaints complaints;
  private final Honours honours;
  private final Revocations revocations;
  private final WorkingDayCalendar clock;
  private final ApplicationEventPublisher events;

  AnswerComplainantDelegate(Complaints complaints, Honours honours, Revocations revocations,
      WorkingDayCalendar clock, ApplicationEventPublisher events) {
    this.complaints = complaints;
    this.honours = honours;
    this.revocations = revocations;
    this.clock = clock;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Complaint complaint = complaints.ofProcess(execution.getProcessInstanceId());
    conclude(execution, complaint);
    Notice.ofReceipt(complaint.getContact(), "您提交的投诉举报（回执号 " + complaint.getReceiptNumber() + "）已有答复",
        "/api/complaints/" + complaint.getReceiptNumber()).ifPresent(events::publishEvent);
  }

  private void conclude(DelegateExecution execution, Complaint complaint) {
    if (complaint.getSubject() != ComplaintSubject.HOLDER) {
      boolean founded = Boolean.TRUE.equals(complaint.getFounded());
      ComplaintOutcome outcome = complaint.disqualifiesCandidate() ? ComplaintOutcome.DISQUALIFIED
          : founded ? ComplaintOutcome.FOUNDED : ComplaintOutcome.UNFOUNDED;
      complaint.conclude(outcome, "经市质强办核实，您反映的" + complaint.getSubject().label() + "的问题" + switch (outcome) {
        case DISQUALIFIED -> "属实，市质强办已取消其参评资格（《保定市政府质量奖评选管理办法》第九条第六项、第十七条）。";
        case FOUNDED -> "属实，市质强办将依照《保定市政府质量奖评选管理办法》处理。";
        default -> "不属实。";
      } + "核实情况：" + complaint.getFindings(), clock.now());
      return;
    }
    Honour honour = honours.get(complaint.getHonourId());
    String holder = honour.getHolderName() + "（" + honour.getLevel().label() + "）";
    if (Boolean.TRUE.equals(execution.getVariable("alreadyRevoked"))) {
      complaint.conclude(ComplaintOutcome.ALREADY_REVOKED, "您反映的" + holder + "的荣誉称号已于 "
          + honour.getRevokedOn() + " 撤销并公告，不再重复启动撤销程序。感谢您的监督。", clock.now());
    } else if (!Boolean.TRUE.equals(complaint.getFounded())) {
      complaint.conclude(ComplaintOutcome.UNFOUNDED, "经市质强办核实，您反映的" + holder
          + "的问题不属实或不构成《保定市政府质量奖评选管理办法》第三十条规定的撤销情形。核实情况：" + complaint.getFindings(),
          clock.now());
    } else {
      Revocation revocation = revocations.ofComplaint(complaint.getId());
      if (Boolean.TRUE.equals(revocation.getApproved())) {
        complaint.conclude(ComplaintOutcome.REVOKED, "经市质强办核实属实，报领导小组会议审议，" + holder + "的荣誉称号已于 "
            + revocation.getRevokedOn() + " 撤销（" + revocation.getGround().articleZh() + "），并予以公告。感谢您的监督。",
            clock.now());
      } else if (honour.getRevokedOn() != null) {
        // revoked meanwhile on another complaint: this meeting could not revoke it a second time
        complaint.conclude(ComplaintOutcome.ALREADY_REVOKED, "您反映的" + holder + "的荣誉称号已于 "
            + honour.getRevokedOn() + " 撤销并公告（另案处理），不再重复撤销。感谢您的监督。", clock.now());
      } else {
        complaint.conclude(ComplaintOutcome.NOT_REVOKED, "经市质强办核实并报领导小组会议审议，决定不撤销" + holder
            + "的荣誉称号。审议意见：" + revocation.getDecisionComment(), clock.now());
      }
    }
  }
}
