package org.qualityaward.expert;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

/** The office takes an expert back into draws after a poor rating (Art 9(4)), with its reason; it lifts that rating only. */
@Entity
class ExpertReinstatement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long expertId;
  private Long ratingId;
  private String reason;
  private String reinstatedBy;
  private LocalDateTime reinstatedAt;

  protected ExpertReinstatement() {}

  ExpertReinstatement(ExpertRating rating, String reason, String reinstatedBy, LocalDateTime reinstatedAt) {
    this.expertId = rating.getExpertId();
    this.ratingId = rating.getId();
    this.reason = reason;
    this.reinstatedBy = reinstatedBy;
    this.reinstatedAt = reinstatedAt;
  }

  Long getId() { return id; }
  Long getExpertId() { return expertId; }
  Long getRatingId() { return ratingId; }
  String getReason() { return reason; }
  String getReinstatedBy() { return reinstatedBy; }
  LocalDateTime getReinstatedAt() { return reinstatedAt; }
}
