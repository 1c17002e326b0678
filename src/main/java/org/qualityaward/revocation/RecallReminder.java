package org.qualityaward.revocation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A reminder sent while a recall item is still out ({@code ordinal} 1, 2, … per item). */
@Entity
@Table(name = "recall_reminder")
class RecallReminder {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long recallItemId;

  @Column(nullable = false)
  private LocalDateTime remindedAt;

  @Column(nullable = false)
  private int ordinal;

  protected RecallReminder() {}

  RecallReminder(Long recallItemId, LocalDateTime remindedAt, int ordinal) {
    this.recallItemId = recallItemId;
    this.remindedAt = remindedAt;
    this.ordinal = ordinal;
  }

  public Long getId() { return id; }
  public Long getRecallItemId() { return recallItemId; }
  public LocalDateTime getRemindedAt() { return remindedAt; }
  public int getOrdinal() { return ordinal; }
}
