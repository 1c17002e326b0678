package org.qualityaward.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One refused attempt: who (a user id, or null when nobody was logged in), what and why, when. */
@Entity
@Table(name = "refused_attempt")
class RefusedAttempt {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Instant occurredAt;

  @Column(length = 64)
  private String userId;

  @Column(length = 64)
  private String clientAddress;

  @Column(nullable = false, length = 500)
  private String action;

  @Column(nullable = false, length = 2000)
  private String reason;

  protected RefusedAttempt() {}

  RefusedAttempt(Instant occurredAt, String userId, String clientAddress, String action, String reason) {
    this.occurredAt = occurredAt;
    this.userId = cut(userId, 64);
    this.clientAddress = cut(clientAddress, 64);
    this.action = cut(action, 500);
    this.reason = cut(reason, 2000);
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getUserId() {
    return userId;
  }

  public String getClientAddress() {
    return clientAddress;
  }

  public String getAction() {
    return action;
  }

  public String getReason() {
    return reason;
  }
}
