package org.qualityaward.application;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.qualityaward.eligibility.Finding;

/** An eligibility finding as it stood at one checkpoint of the case. */
@Entity
@Table(name = "eligibility_finding")
class RecordedFinding {


  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long applicationId;
  @Enumerated(EnumType.STRING)
  private EligibilityCheckpoint checkpoint;
  private LocalDateTime checkedAt;
  private String ruleCode;
  private String article;
  private boolean passed;
  private boolean toConfirm;
  private String message;

  protected RecordedFinding() {}

  RecordedFinding(Long applicationId, EligibilityCheckpoint checkpoint, LocalDateTime checkedAt, Finding finding) {
    this.applicationId = applicationId;
    this.checkpoint = checkpoint;
    this.checkedAt = checkedAt;
    this.ruleCode = finding.rule();
    this.article = finding.article();
    this.passed = finding.passed();
    this.toConfirm = finding.toConfirm();
    this.message = finding.message();
  }

  Finding toFinding() {
    return new Finding(ruleCode, article, passed, toConfirm, message);
  }

  EligibilityCheckpoint getCheckpoint() { return checkpoint; }
  LocalDateTime getCheckedAt() { return checkedAt; }
}
