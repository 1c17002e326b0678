package org.qualityaward.honour;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** An overdue return visit the quality office chased (督办逾期回访), and what it did. */
@Entity
class ReturnVisitEscalation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long honourId;
  private LocalDate dueOn;
  private LocalDateTime escalatedAt;
  private String actions;
  private String recordedBy;
  private LocalDateTime recordedAt;

  protected ReturnVisitEscalation() {}

  ReturnVisitEscalation(Long honourId, LocalDate dueOn, LocalDateTime escalatedAt, String actions, String recordedBy,
      LocalDateTime recordedAt) {
    this.honourId = honourId;
    this.dueOn = dueOn;
    this.escalatedAt = escalatedAt;
    this.actions = actions;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() { return id; }
  public Long getHonourId() { return honourId; }
  public LocalDate getDueOn() { return dueOn; }
  public LocalDateTime getEscalatedAt() { return escalatedAt; }
  public String getActions() { return actions; }
  public String getRecordedBy() { return recordedBy; }
  public LocalDateTime getRecordedAt() { return recordedAt; }
}
