package org.qualityaward.proposal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.qualityaward.forms.GovernmentApproval;

/**
 * A step of the proposal's rounds, as the record the forms read: the leading group's or the city
 * government's decision with its reasons (Art 8, 22), or the office's note on a revision (Art 9(5)).
 * {@code approved} is null for the office's note.
 */
@Entity
class ProposalDecision {

  /** Who took the step. */
  enum Body {
    QUALITY_OFFICE("市质强办"),
    LEADING_GROUP("领导小组"),
    CITY_GOVERNMENT("市政府");

    private final String label;

    Body(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long editionId;

  @Enumerated(EnumType.STRING)
  private Body body;

  private Boolean approved;
  private String note;
  private String decidedBy;
  private LocalDateTime decidedAt;
  /** The city government's approval: its document's date and number (Art 22); null for the other steps. */
  private LocalDate approvedOn;
  private String approvalDocument;

  protected ProposalDecision() {}

  ProposalDecision(Long editionId, Body body, Boolean approved, String note, String decidedBy,
      LocalDateTime decidedAt) {
    this.editionId = editionId;
    this.body = body;
    this.approved = approved;
    this.note = note;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  /** The city government approved as its document states: the commendation is of that date. */
  ProposalDecision approvedBy(GovernmentApproval approval) {
    this.approvedOn = approval.approvedOn();
    this.approvalDocument = approval.document();
    return this;
  }

  Body getBody() { return body; }
  Boolean getApproved() { return approved; }
  String getNote() { return note; }
  LocalDateTime getDecidedAt() { return decidedAt; }
  LocalDate getApprovedOn() { return approvedOn; }
  String getApprovalDocument() { return approvalDocument; }
}
