package org.qualityaward.complaint;

import org.qualityaward.honour.Honours;
import org.qualityaward.revocation.RevocationContext;
import org.springframework.stereotype.Component;

/**
 * Bean {@code complaintContext}: read-only facts for the verification form (task-local input
 * mappings) and the in-variables of the revocation call. Never the complainant's name or contact.
 */
@Component("complaintContext")
public class ComplaintContext {

  private final Complaints complaints;
  private final Honours honours;

  public ComplaintContext(Complaints complaints, Honours honours) {
    this.complaints = complaints;
    this.honours = honours;
  }

  public String receiptNumber(Object complaintId) {
    return complaints.load(complaintId).getReceiptNumber();
  }

  public String honour(Object complaintId) {
    return RevocationContext.describe(honours.get(complaints.load(complaintId).getHonourId()));
  }

  /** Source and date, not the complainant: the form links to {@code /api/complaints/{receipt}/complainant}. */
  public String source(Object complaintId) {
    Complaint c = complaints.load(complaintId);
    return c.getSource().label() + "，" + c.getFiledAt().toLocalDate() + " 受理"
        + (c.getEnteredBy() == null ? "" : "（" + c.getEnteredBy() + " 录入）");
  }

  public String grounds(Object complaintId) {
    return complaints.load(complaintId).getGrounds();
  }

  /** The ground the form proposes first: the source's (Art 26 misuse → 30(4)), else none. */
  public String suggestedGround(Object complaintId) {
    var g = complaints.load(complaintId).getSource().suggestedGround();
    return g == null ? null : g.name();
  }

  public String proposedGround(Object complaintId) {
    var g = complaints.load(complaintId).getProposedGround();
    return g == null ? null : g.name();
  }

  public String proposedFactDate(Object complaintId) {
    var d = complaints.load(complaintId).getFactDate();
    return d == null ? null : d.toString();
  }

  public String proposal(Object complaintId) {
    Complaint c = complaints.load(complaintId);
    return "投诉举报 " + c.getReceiptNumber() + "（" + c.getSource().label() + "）：" + c.getGrounds()
        + "\n核实情况：" + c.getFindings();
  }
}
