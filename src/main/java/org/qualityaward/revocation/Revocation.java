package org.qualityaward.revocation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One revocation case of an honour (Art 30): proposed by the office's verification, decided by
 * the leading group's meeting, and when revoked the date, the ban and the announcement.
 */
@Entity
@Table(name = "revocation")
public class Revocation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long honourId;

  private Long complaintId;

  @Enumerated(EnumType.STRING)
  private RevocationGround proposedGround;

  private LocalDate proposedFactDate;

  private String proposal;

  @Column(nullable = false)
  private LocalDateTime openedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RevocationState state;

  private LocalDate meetingDate;
  private String chair;
  private String attendees;
  private Boolean approved;

  @Enumerated(EnumType.STRING)
  private RevocationGround ground;

  private LocalDate factDate;
  private String decisionComment;
  private String decidedBy;
  private LocalDateTime decidedAt;
  private LocalDate revokedOn;
  private Long banId;
  private LocalDateTime announcedAt;

  /** The {@code revocation} process instance that decides and carries out this case, bound when it opens it (V83). */
  @Column(length = 64)
  private String processInstanceId;

  @Version
  private long version;

  protected Revocation() {}

  public Revocation(Long honourId, Long complaintId, RevocationGround proposedGround, LocalDate proposedFactDate,
      String proposal, LocalDateTime openedAt) {
    this.proposal = proposal;
    this.honourId = honourId;
    this.complaintId = complaintId;
    this.proposedGround = proposedGround;
    this.proposedFactDate = proposedFactDate;
    this.openedAt = openedAt;
    this.state = RevocationState.PROPOSED;
  }

  void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void decide(LocalDate meetingDate, String chair, String attendees, boolean approved, RevocationGround ground,
      LocalDate factDate, String comment, String decidedBy, LocalDateTime decidedAt) {
    if (state != RevocationState.PROPOSED) {
      throw new IllegalStateException("撤销案件 " + id + " 已审议（state " + state + "）");
    }
    this.meetingDate = meetingDate;
    this.chair = chair;
    this.attendees = attendees;
    this.approved = approved;
    this.ground = ground;
    this.factDate = factDate;
    this.decisionComment = comment;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
    if (!approved) {
      state = RevocationState.NOT_REVOKED;
    }
  }

  void revoked(LocalDate on, Long banId, LocalDateTime announcedAt) {
    this.revokedOn = on;
    this.banId = banId;
    this.announcedAt = announcedAt;
    this.state = RevocationState.RECALLING;
  }

  void recallCompleted() {
    this.state = RevocationState.COMPLETED;
  }

  public Long getId() { return id; }
  public Long getHonourId() { return honourId; }
  public Long getComplaintId() { return complaintId; }
  public RevocationGround getProposedGround() { return proposedGround; }
  public LocalDate getProposedFactDate() { return proposedFactDate; }
  public String getProposal() { return proposal; }
  public LocalDateTime getOpenedAt() { return openedAt; }
  public RevocationState getState() { return state; }
  public LocalDate getMeetingDate() { return meetingDate; }
  public String getChair() { return chair; }
  public String getAttendees() { return attendees; }
  public Boolean getApproved() { return approved; }
  public RevocationGround getGround() { return ground; }
  public LocalDate getFactDate() { return factDate; }
  public String getDecisionComment() { return decisionComment; }
  public String getDecidedBy() { return decidedBy; }
  public LocalDateTime getDecidedAt() { return decidedAt; }
  public LocalDate getRevokedOn() { return revokedOn; }
  public Long getBanId() { return banId; }
  public LocalDateTime getAnnouncedAt() { return announcedAt; }
  public String getProcessInstanceId() { return processInstanceId; }
}
