package org.qualityaward.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

/** A notification mail waiting for the mail server, or sent, or given up (V102). */
@Entity
@jakarta.persistence.Table(name = "mail_outbox")
class OutboxMail {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String recipient;

  @Enumerated(EnumType.STRING)
  private NoticeKind kind;

  private String subject;
  private String body;
  private LocalDateTime createdAt;
  private int attempts;
  private LocalDateTime nextAttemptAt;
  private String lastError;
  private LocalDateTime sentAt;

  protected OutboxMail() {
  }

  OutboxMail(String recipient, NoticeKind kind, String subject, String body, LocalDateTime createdAt) {
    this.recipient = recipient;
    this.kind = kind;
    this.subject = subject;
    this.body = body;
    this.createdAt = createdAt;
    this.nextAttemptAt = createdAt;
  }

  void sent(LocalDateTime at) {
    attempts++;
    sentAt = at;
    nextAttemptAt = null;
    lastError = null;
  }

  /** A refused attempt: tried again at {@code next}, or never again when it is null. */
  void failed(String error, LocalDateTime next) {
    attempts++;
    lastError = error == null ? "" : error.length() > 1000 ? error.substring(0, 1000) : error;
    nextAttemptAt = next;
  }

  Long getId() { return id; }
  String getRecipient() { return recipient; }
  NoticeKind getKind() { return kind; }
  String getSubject() { return subject; }
  String getBody() { return body; }
  LocalDateTime getCreatedAt() { return createdAt; }
  int getAttempts() { return attempts; }
  LocalDateTime getNextAttemptAt() { return nextAttemptAt; }
  String getLastError() { return lastError; }
  LocalDateTime getSentAt() { return sentAt; }
}
