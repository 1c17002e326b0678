package org.qualityaward.notification;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notification mails: queued with the notifications (only when {@code spring.mail.host} is set, so a
 * {@link JavaMailSender} exists), sent by a scheduled run that retries a refusing server later and later
 * ({@link NotificationProperties#retryAfter}). Each mail is claimed before it is sent, so two nodes of a
 * cluster never send the same one. A user's address is their Camunda user's e-mail; without one, no mail.
 */
@Service
class MailOutbox {

  private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
  /** A claimed mail is tried again by anyone after this, should its node die while sending. */
  private static final long CLAIM_MINUTES = 10;
  private static final int BATCH = 50;
  private static final String SUBJECT = "保定市政府质量奖：";
  private static final String QUEUE = "insert into mail_outbox (recipient, kind, subject, body, created_at, next_attempt_at)"
      + " values (?, ?, ?, ?, ?, ?)";
  private static final String FOOTER =
      "本邮件由保定市政府质量奖评选管理系统自动发送，请勿回复。邮件只含通知标题和链接，具体内容请登录系统查看。";

  private final ObjectProvider<JavaMailSender> mailSender;
  private final OutboxMailRepository mails;
  private final NotificationPreferenceRepository preferences;
  private final IdentityService identity;
  private final WorkingDayCalendar calendar;
  private final NotificationProperties properties;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  MailOutbox(ObjectProvider<JavaMailSender> mailSender, OutboxMailRepository mails,
      NotificationPreferenceRepository preferences, IdentityService identity,
      WorkingDayCalendar calendar, NotificationProperties properties, JdbcTemplate jdbc,
      PlatformTransactionManager transactions) {
    this.mailSender = mailSender;
    this.mails = mails;
    this.preferences = preferences;
    this.identity = identity;
    this.calendar = calendar;
    this.properties = properties;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
  }

  boolean enabled() {
    return mailSender.getIfAvailable() != null;
  }

  /**
   * Queues a mail per notice and recipient with a known address; {@code known} are users already read
   * (a group's members), the others are read in one query.
   */
  void enqueue(List<Notices.Delivery> deliveries, Collection<User> known) {
    if (!enabled() || deliveries.isEmpty()) {
      return;
    }
    Map<String, String> addresses = new HashMap<>();
    known.forEach(u -> addresses.put(u.getId(), u.getEmail()));
    Set<String> unknown = new HashSet<>();
    deliveries.forEach(d -> d.users().stream().filter(u -> !addresses.containsKey(u)).forEach(unknown::add));
    if (!unknown.isEmpty()) {
      identity.createUserQuery().userIdIn(unknown.toArray(String[]::new)).list()
          .forEach(u -> addresses.put(u.getId(), u.getEmail()));
    }
    Set<String> everyone = new HashSet<>();
    deliveries.forEach(d -> everyone.addAll(d.users()));
    Map<String, NotificationPreference> chosen = new HashMap<>();
    preferences.findByUserIdIn(everyone).forEach(p -> chosen.put(p.getUserId(), p));
    Timestamp now = Timestamp.valueOf(calendar.now());
    List<Object[]> queued = new ArrayList<>();
    for (Notices.Delivery delivery : deliveries) {
      Notice notice = delivery.notice();
      List<String> to = new ArrayList<>(notice.addresses());
      // a user who chose no mail for the kind, or the daily digest (MailDigests), gets no single mail
      delivery.users().stream().filter(u -> !chosen.containsKey(u)
              || (chosen.get(u).mails(notice.kind()) && !chosen.get(u).isDigest()))
          .map(addresses::get).filter(a -> a != null && !a.isBlank()).forEach(to::add);
      to.stream().distinct().forEach(address -> queued.add(new Object[] {address, notice.kind().name(),
          SUBJECT + notice.title(), line(notice.title(), notice.link()) + FOOTER, now, now}));
    }
    // by JDBC, not JPA: written under the committing case's savepoint (Notices), where a failed JPA insert
    // would mark the case's whole transaction for rollback
    if (!queued.isEmpty()) {
      jdbc.batchUpdate(QUEUE, queued);
    }
  }

  /** The day's notifications of a user who chose the digest, in one mail. */
  void queueDigest(String address, List<Notification> notifications) {
    StringBuilder body = new StringBuilder();
    notifications.forEach(n -> body.append(line(n.getTitle(), n.getLink())));
    mails.save(new OutboxMail(address, null, SUBJECT + "今日通知（" + notifications.size() + " 条）",
        body + FOOTER, calendar.now()));
  }

  private String line(String title, String link) {
    return title + "\n" + (link == null ? "" : "详情：" + properties.baseUrl() + link + "\n") + "\n";
  }

  /** Sends what is due; a refusal is recorded on the mail and tried again later, never thrown. */
  @Scheduled(fixedDelayString = "${qa.notifications.send-every:PT1M}")
  void sendDue() {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      return;
    }
    LocalDateTime now = calendar.now();
    for (OutboxMail mail : mails.findByNextAttemptAtLessThanEqualOrderById(now, PageRequest.of(0, BATCH))) {
      if (claim(mail)) {
        send(sender, mail);
      }
    }
  }

  /**
   * For {@code CLAIM_MINUTES} from now, not from the batch's start: with a slow server the batch's later mails
   * would be claimed already expired, and another node could send them too.
   */
  private boolean claim(OutboxMail mail) {
    return jdbc.update("update mail_outbox set next_attempt_at = ? where id = ? and next_attempt_at = ?",
        Timestamp.valueOf(calendar.now().plusMinutes(CLAIM_MINUTES)), mail.getId(),
        Timestamp.valueOf(mail.getNextAttemptAt())) == 1;
  }

  private void send(JavaMailSender sender, OutboxMail mail) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(properties.mailFrom());
    message.setTo(mail.getRecipient());
    message.setSubject(mail.getSubject());
    message.setText(mail.getBody());
    Optional<String> error;
    try {
      sender.send(message);
      error = Optional.empty();
    } catch (RuntimeException e) {
      error = Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    Optional<String> result = error;
    transaction.executeWithoutResult(status -> {
      OutboxMail stored = mails.findById(mail.getId()).orElseThrow();
      LocalDateTime now = calendar.now();
      if (result.isEmpty()) {
        stored.sent(now);
      } else {
        boolean last = stored.getAttempts() + 1 >= properties.maxAttempts();
        stored.failed(result.get(), last ? null : now.plus(properties.retryAfter(stored.getAttempts() + 1)));
        // by id: the recipient may be an objector or complainant (their address is in the outbox for the admin)
        log.warn("Mail {} not sent (attempt {}): {}", mail.getId(), stored.getAttempts(), result.get());
      }
    });
  }

  /** For the administrator: mails not sent, waiting or given up, oldest first. */
  List<OutboxMail> unsent() {
    return mails.findBySentAtIsNullOrderById(PageRequest.of(0, 500));
  }
}
