package org.qualityaward.edition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * An edition's plan (评选方案、评审细则): drafted by the office, approved or returned by the leading
 * group (Art 8(1)); only an approved plan lets the call go out (Art 15). The deadline is the edition's.
 */
@Entity
class EditionPlan {

  /** DRAFT as registered with the configured figures; SUBMITTED by the office to the leading group. */
  enum Status { DRAFT, SUBMITTED, RETURNED, APPROVED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  private long version;

  @Column(unique = true)
  private Long editionId;
  private int organizationAwards;
  private int individualAwards;
  private int nominations;
  private BigDecimal awardMinimum;
  private BigDecimal nominationMinimum;
  private int panelSize;
  private BigDecimal documentWeight;
  private BigDecimal onsiteWeight;
  private int organizationSheetVersion;
  private int individualSheetVersion;

  @Enumerated(EnumType.STRING)
  private Status status;
  private String returnReason;
  private String decidedBy;
  private LocalDateTime decidedAt;

  protected EditionPlan() {}

  EditionPlan(Long editionId, PlanFigures figures) {
    this.editionId = editionId;
    revise(figures);
    this.status = Status.DRAFT;
  }

  /** The office's (re)drafted figures, submitted to the leading group. */
  void revise(PlanFigures figures) {
    organizationAwards = figures.organizationAwards();
    individualAwards = figures.individualAwards();
    nominations = figures.nominations();
    awardMinimum = figures.awardMinimum();
    nominationMinimum = figures.nominationMinimum();
    panelSize = figures.panelSize();
    documentWeight = figures.documentWeight();
    onsiteWeight = figures.onsiteWeight();
    organizationSheetVersion = figures.organizationSheetVersion();
    individualSheetVersion = figures.individualSheetVersion();
    status = Status.SUBMITTED;
  }

  void decide(boolean approved, String reason, String by, LocalDateTime at) {
    status = approved ? Status.APPROVED : Status.RETURNED;
    returnReason = approved ? null : reason;
    decidedBy = by;
    decidedAt = at;
  }

  PlanFigures figures(Edition edition) {
    return new PlanFigures(edition.getApplicationDeadline(), organizationAwards, individualAwards, nominations,
        awardMinimum, nominationMinimum, panelSize, documentWeight, onsiteWeight, organizationSheetVersion,
        individualSheetVersion);
  }

  boolean isApproved() { return status == Status.APPROVED; }
  Long getEditionId() { return editionId; }
  long getVersion() { return version; }
  Status getStatus() { return status; }
  String getReturnReason() { return returnReason; }
  String getDecidedBy() { return decidedBy; }
  LocalDateTime getDecidedAt() { return decidedAt; }
}
