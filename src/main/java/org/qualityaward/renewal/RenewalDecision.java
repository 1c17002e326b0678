package org.qualityaward.renewal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.qualityaward.forms.GovernmentApproval;

/** One deciding step of a renewal re-evaluation: score check, leading group, publicity, city government. */
@Entity
class RenewalDecision {

  /** The steps, in the order of the new winners' approval path (Art 20-22). */
  public enum Step {
    MATERIAL("复评材料"),
    CONDITIONS("申报条件复核"),
    SCORE("复评得分核对"),
    LEADING_GROUP("领导小组审议"),
    PUBLICITY("复评结果公示"),
    CITY_GOVERNMENT("市政府审批");

    private final String label;

    Step(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long renewalId;

  @Enumerated(EnumType.STRING)
  private Step step;

  private boolean approved;
  private String comment;
  private String decidedBy;
  private LocalDateTime decidedAt;
  /** The city government's approval: its document's date and number (Art 33); null for the other steps. */
  private LocalDate approvedOn;
  private String approvalDocument;

  protected RenewalDecision() {}

  RenewalDecision(Long renewalId, Step step, boolean approved, String comment, String decidedBy,
      LocalDateTime decidedAt) {
    this.renewalId = renewalId;
    this.step = step;
    this.approved = approved;
    this.comment = comment;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  /** The city government approved as its document states: the new validity runs from that date. */
  RenewalDecision approvedBy(GovernmentApproval approval) {
    this.approvedOn = approval.approvedOn();
    this.approvalDocument = approval.document();
    return this;
  }

  /** 「领导小组审议：通过。…」; the material is submitted or closed, not passed: its comment says which. */
  String text() {
    return step.label() + "：" + (step == Step.MATERIAL ? "" : (approved ? "通过" : "未通过") + "。") + comment;
  }

  public Long getId() { return id; }
  public Long getRenewalId() { return renewalId; }
  public Step getStep() { return step; }
  public boolean isApproved() { return approved; }
  public String getComment() { return comment; }
  public String getDecidedBy() { return decidedBy; }
  public LocalDateTime getDecidedAt() { return decidedAt; }
  public LocalDate getApprovedOn() { return approvedOn; }
  public String getApprovalDocument() { return approvalDocument; }
}
