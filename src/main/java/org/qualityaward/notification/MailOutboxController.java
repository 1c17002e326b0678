package org.qualityaward.notification;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The administrator's view of the outbox: mails waiting for the server, or given up. As JSON for scripts
 * (/api/admin is theirs) and as a page beside the managers' (/manager/mails, administrators only).
 */
@Controller
class MailOutboxController {

  private final MailOutbox outbox;

  MailOutboxController(MailOutbox outbox) {
    this.outbox = outbox;
  }

  /** A mail not sent: to whom, what, how often tried, when next (null: given up), the server's last answer. */
  record UnsentMail(Long id, String recipient, String kind, String subject, LocalDateTime createdAt, int attempts,
      LocalDateTime nextAttemptAt, String lastError) {

    /** The kind as the page shows it: the notice's, or the daily digest's. */
    public String kindLabel() {
      return kind.equals(DIGEST) ? "每日汇总" : NoticeKind.valueOf(kind).label();
    }

    public boolean givenUp() {
      return nextAttemptAt == null;
    }
  }

  private static final String DIGEST = "DIGEST";

  @GetMapping("/api/admin/mails")
  @ResponseBody
  List<UnsentMail> unsent() {
    return outbox.unsent().stream().map(m -> new UnsentMail(m.getId(), m.getRecipient(),
        m.getKind() == null ? DIGEST : m.getKind().name(), m.getSubject(), m.getCreatedAt(), m.getAttempts(),
        m.getNextAttemptAt(), m.getLastError())).toList();
  }

  @GetMapping("/manager/mails")
  String page(Model model) {
    model.addAttribute("mails", unsent());
    return "manager/mails";
  }
}
