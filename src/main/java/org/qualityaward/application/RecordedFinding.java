package org.qualityaward.application;

import jakarta.persistence.Entity;
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

  static final String AT_SUBMISSION = "SUBMISSION";
  static final String AT_QUALIFICATION_REVIEW = "QUALIFICATION_REVIEW";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long applicationId;
  private String checkpoint;
  private LocalDateTime checkedAt;
  private String ruleCode;
  private String article;
  private boolean passed;
  private String message;

  protected RecordedFinding() {}

  RecordedFinding(Long applicationId, String checkpoint, LocalDateTime checkedAt, Finding finding) {
    this.applicationId = applicationId;
    this.checkpoint = checkpoint;
    this.checkedAt = checkedAt;
    this.ruleCode = finding.rule();
    this.article = finding.article();
    this.passed = finding.passed();
    this.message = finding.message();
  }

  Finding toFinding() {
    return new Finding(ruleCode, article, passed, message);
  }

  String getCheckpoint() { return checkpoint; }
  LocalDateTime getCheckedAt() { return checkedAt; }
}
