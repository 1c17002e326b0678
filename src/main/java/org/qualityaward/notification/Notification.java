package org.qualityaward.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

/** One user's notification (站内通知): a title and a link, read or not. */
@Entity
class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String recipient;

  @Enumerated(EnumType.STRING)
  private NoticeKind kind;

  private String title;
  private String link;
  private LocalDateTime createdAt;
  private LocalDateTime readAt;

  protected Notification() {
  }

  Notification(String recipient, NoticeKind kind, String title, String link, LocalDateTime createdAt) {
    this.recipient = recipient;
    this.kind = kind;
    this.title = title;
    this.link = link;
    this.createdAt = createdAt;
  }

  void read(LocalDateTime at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  Long getId() { return id; }
  String getRecipient() { return recipient; }
  NoticeKind getKind() { return kind; }
  String getTitle() { return title; }
  String getLink() { return link; }
  LocalDateTime getCreatedAt() { return createdAt; }
  LocalDateTime getReadAt() { return readAt; }
}
