package org.qualityaward.honour;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A return visit to a winning organisation (回访, Art 31) as the regulators recorded it. */
@Entity
class ReturnVisit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long honourId;
  private LocalDate dueOn;
  private LocalDate visitedOn;
  private String participants;
  private String findings;
  private String followUp;
  private String recordedBy;
  private LocalDateTime recordedAt;

  protected ReturnVisit() {}

  ReturnVisit(Long honourId, LocalDate dueOn, ReturnVisitRules.Report report, String recordedBy,
      LocalDateTime recordedAt) {
    this.honourId = honourId;
    this.dueOn = dueOn;
    this.visitedOn = report.visitedOn();
    this.participants = report.participants();
    this.findings = report.findings();
    this.followUp = report.followUp();
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() { return id; }
  public Long getHonourId() { return honourId; }
  public LocalDate getDueOn() { return dueOn; }
  public LocalDate getVisitedOn() { return visitedOn; }
  public String getParticipants() { return participants; }
  public String getFindings() { return findings; }
  public String getFollowUp() { return followUp; }
  public String getRecordedBy() { return recordedBy; }
  public LocalDateTime getRecordedAt() { return recordedAt; }
}
