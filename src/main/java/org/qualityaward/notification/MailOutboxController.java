package org.qualityaward.notification;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The administrator's view of the outbox (/api/admin is theirs): mails waiting for the server, or given up. */
@RestController
class MailOutboxController {

  private final MailOutbox outbox;

  MailOutboxController(MailOutbox outbox) {
    this.outbox = outbox;
  }

  /** A mail not sent: to whom, what, how often tried, when next (null: given up), the server's last answer. */
  record UnsentMail(Long id, String recipient, String kind, String subject, LocalDateTime createdAt, int attempts,
      LocalDateTime nextAttemptAt, String lastError) {}

  @GetMapping("/api/admin/mails")
  List<UnsentMail> unsent() {
    return outbox.unsent().stream().map(m -> new UnsentMail(m.getId(), m.getRecipient(), m.getKind() == null ? "DIGEST" : m.getKind().name(),
        m.getSubject(), m.getCreatedAt(), m.getAttempts(), m.getNextAttemptAt(), m.getLastError())).toList();
  }
}
