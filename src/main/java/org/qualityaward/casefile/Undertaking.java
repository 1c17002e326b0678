package org.qualityaward.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A panel member's confidentiality undertaking (保密承诺, Art 29) for one case and stage. */
@Entity
@Table(name = "confidentiality_undertaking")
class Undertaking {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long applicationId;
  private String stage;
  private String userId;
  private LocalDateTime signedAt;
  private String taskId;

  protected Undertaking() {}

  Undertaking(Long applicationId, String stage, String userId, LocalDateTime signedAt, String taskId) {
    this.applicationId = applicationId;
    this.stage = stage;
    this.userId = userId;
    this.signedAt = signedAt;
    this.taskId = taskId;
  }

  Long getApplicationId() { return applicationId; }
  String getStage() { return stage; }
  String getUserId() { return userId; }
  LocalDateTime getSignedAt() { return signedAt; }
}
