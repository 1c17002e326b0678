package org.qualityaward.review;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;
import org.qualityaward.honour.AwardLevel;

/** The leading group's level for one member of a tie group (Art 6, 20). */
@Entity
class TieDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long editionId;
  private Long applicationId;

  @Enumerated(EnumType.STRING)
  private AwardLevel level;

  private String decidedBy;
  private LocalDateTime decidedAt;

  protected TieDecision() {}

  TieDecision(Long editionId, Long applicationId, AwardLevel level, String decidedBy, LocalDateTime decidedAt) {
    this.editionId = editionId;
    this.applicationId = applicationId;
    this.level = level;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  Long getApplicationId() { return applicationId; }
  AwardLevel getLevel() { return level; }
}
