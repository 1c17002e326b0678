package org.qualityaward.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.qualityaward.application.ApplicationCases;
import org.qualityaward.honour.Honours;
import org.qualityaward.revocation.RevocationContext;
import org.springframework.stereotype.Component;

/**
 * Bean {@code complaintContext}: read-only facts for the verification form (task-local input
 * mappings) and the in-variables of the revocation call, about the complaint the instance was started for
 * (from our records, never a variable). Never the complainant's name or contact.
 */
@Component("complaintContext")
public class ComplaintContext {

  private final Complaints complaints;
  private final Honours honours;
  private final ApplicationCases cases;

  public ComplaintContext(Complaints complaints, Honours honours, ApplicationCases cases) {
    this.complaints = complaints;
    this.honours = honours;
    this.cases = cases;
  }

  public String receiptNumber(DelegateExecution execution) {
    return complaints.ofProcess(execution.getProcessInstanceId()).getReceiptNumber();
  }

  public String honour(DelegateExecution execution) {
    return RevocationContext.describe(honours.get(complaints.ofProcess(execution.getProcessInstanceId()).getHonourId()));
  }

  /** Whom a complaint about a candidate or a person working on the award concerns, as the form shows it. */
  public String concerning(DelegateExecution execution) {
    Complaint c = complaints.ofProcess(execution.getProcessInstanceId());
    return switch (c.getSubject()) {
      case CANDIDATE -> c.getSubject().label() + "：" + cases.get(c.getApplicationId()).getApplicantName()
          + "（申报编号 " + cases.get(c.getApplicationId()).getApplicationNumber() + "）";
      case AWARD_STAFF -> c.getSubject().label() + "：" + c.getPersonName() + "（" + c.getPersonRole() + "）";
      case HOLDER -> honour(execution);
    };
  }

  /** The verification's guidance for the kind: what the office checks and under which article. */
  public String guidance(DelegateExecution execution) {
    return switch (complaints.ofProcess(execution.getProcessInstanceId()).getSubject()) {
      case CANDIDATE -> "核实参评单位或个人是否不符合申报条件（第十一条、第十二条）或申报材料弄虚作假（第九条第六项）；"
          + "属实的，由市质强办依规处理其参评资格：已受理、尚在评审中的，可取消其参评资格（第十七条），"
          + "其案件即告结束、正在进行的评审随之终止。";
      case AWARD_STAFF -> "核实承担评审工作的机构和人员是否忠于职守、公平公正、廉洁高效，是否泄露被评审单位的商业秘密（第二十九条）；"
          + "属实的，由市质强办依规处理。";
      case HOLDER -> "核实获奖单位或个人是否存在第三十条规定的撤销情形。";
    };
  }

  /** Routes the candidate's verification (Art 9(6), 17): what the office decided, as our record holds it. */
  public boolean disqualifiesCandidate(DelegateExecution execution) {
    return complaints.ofProcess(execution.getProcessInstanceId()).disqualifiesCandidate();
  }

  /** Source and date, not the complainant: the form links to {@code /api/complaints/{receipt}/complainant}. */
  public String source(DelegateExecution execution) {
    Complaint c = complaints.ofProcess(execution.getProcessInstanceId());
    return c.getSource().label() + "，" + c.getFiledAt().toLocalDate() + " 受理"
        + (c.getEnteredBy() == null ? "" : "（" + c.getEnteredBy() + " 录入）");
  }

  public String grounds(DelegateExecution execution) {
    return complaints.ofProcess(execution.getProcessInstanceId()).getGrounds();
  }

  /** The ground the form proposes first: the source's (Art 26 misuse → 30(4)), else none. */
  public String suggestedGround(DelegateExecution execution) {
    var g = complaints.ofProcess(execution.getProcessInstanceId()).getSource().suggestedGround();
    return g == null ? null : g.name();
  }

  public String proposedGround(DelegateExecution execution) {
    var g = complaints.ofProcess(execution.getProcessInstanceId()).getProposedGround();
    return g == null ? null : g.name();
  }

  public String proposedFactDate(DelegateExecution execution) {
    var d = complaints.ofProcess(execution.getProcessInstanceId()).getFactDate();
    return d == null ? null : d.toString();
  }

  public String proposal(DelegateExecution execution) {
    Complaint c = complaints.ofProcess(execution.getProcessInstanceId());
    return "投诉举报 " + c.getReceiptNumber() + "（" + c.getSource().label() + "）：" + c.getGrounds()
        + "\n核实情况：" + c.getFindings();
  }
}
