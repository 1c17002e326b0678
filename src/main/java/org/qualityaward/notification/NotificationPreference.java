package org.qualityaward.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A user's mail preferences: kinds without mail, and a daily digest instead of single mails. */
@Entity
class NotificationPreference {

  @Id
  private String userId;

  private String mailOff;
  private boolean digest;
  private LocalDateTime digestSentUntil;

  /** Null until stored: a new preference is inserted, not merged. */
  @Version
  private Long version;

  protected NotificationPreference() {
  }

  NotificationPreference(String userId) {
    this.userId = userId;
    this.mailOff = "";
  }

  void change(Set<NoticeKind> noMail, boolean digest, LocalDateTime now) {
    this.mailOff = noMail.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    if (digest && !this.digest) {
      digestSentUntil = now; // a digest covers what arrives from now on, never older notifications again
    }
    this.digest = digest;
  }

  /** Whether {@code kind} goes out by mail at all (single or in the digest). */
  boolean mails(NoticeKind kind) {
    return !mailOff().contains(kind);
  }

  Set<NoticeKind> mailOff() {
    Set<NoticeKind> off = EnumSet.noneOf(NoticeKind.class);
    Arrays.stream(mailOff.split(",")).filter(s -> !s.isBlank()).map(NoticeKind::valueOf).forEach(off::add);
    return off;
  }

  void digestSent(LocalDateTime until) {
    digestSentUntil = until;
  }

  String getUserId() { return userId; }
  boolean isDigest() { return digest; }
  LocalDateTime getDigestSentUntil() { return digestSentUntil; }
  Long getVersion() { return version; }
}
