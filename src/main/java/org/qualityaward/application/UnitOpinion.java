package org.qualityaward.application;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

/**
 * An opinion a unit gave on a case at one of its steps: the recommending unit's review and signed recommendation
 * and the county body's consent (Art 16), a city department's answer at qualification review (Art 17). Each is its
 * own row, so no step's words overwrite another's.
 */
@Entity
class UnitOpinion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long applicationId;
  @Enumerated(EnumType.STRING)
  private OpinionStep step;
  /** The recommending unit's code (also for its county body's consent), or the consulted department's. */
  private String unitCode;
  private boolean approved;
  private String comment;
  private String givenBy;
  private LocalDateTime givenAt;

  protected UnitOpinion() {}

  UnitOpinion(Long applicationId, OpinionStep step, String unitCode, boolean approved, String comment, String givenBy,
      LocalDateTime givenAt) {
    this.applicationId = applicationId;
    this.step = step;
    this.unitCode = unitCode;
    this.approved = approved;
    this.comment = comment;
    this.givenBy = givenBy;
    this.givenAt = givenAt;
  }

  OpinionStep getStep() { return step; }
  String getUnitCode() { return unitCode; }
  boolean isApproved() { return approved; }
  String getComment() { return comment; }
  String getGivenBy() { return givenBy; }
  LocalDateTime getGivenAt() { return givenAt; }
}
