package org.qualityaward.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One opening of a case file or of one of its files: who, when, what. */
@Entity
@Table(name = "case_file_access")
class CaseFileOpening {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long applicationId;
  private String userId;
  private LocalDateTime openedAt;
  private String what;

  protected CaseFileOpening() {}

  CaseFileOpening(Long applicationId, String userId, LocalDateTime openedAt, String what) {
    this.applicationId = applicationId;
    this.userId = userId;
    this.openedAt = openedAt;
    this.what = what.length() > 500 ? what.substring(0, 500) : what;
  }

  Long getApplicationId() { return applicationId; }
  String getUserId() { return userId; }
  LocalDateTime getOpenedAt() { return openedAt; }
  String getWhat() { return what; }
}
