package org.qualityaward.notification;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's choice: e-mail or not per kind, and a daily digest instead of single mails, sent at
 * {@code qa.notifications.digest-cron} (Beijing time) with what arrived since the last one. Without a
 * mail server nothing is sent and the digest waits.
 */
@Service
class MailPreferences {

  private static final Logger log = LoggerFactory.getLogger(MailPreferences.class);

  private final NotificationPreferenceRepository preferences;
  private final NotificationRepository notifications;
  private final MailOutbox outbox;
  private final IdentityService identity;
  private final WorkingDayCalendar calendar;

  MailPreferences(NotificationPreferenceRepository preferences, NotificationRepository notifications,
      MailOutbox outbox, IdentityService identity, WorkingDayCalendar calendar) {
    this.preferences = preferences;
    this.notifications = notifications;
    this.outbox = outbox;
    this.identity = identity;
    this.calendar = calendar;
  }

  /** What the user chose: kinds without mail, and whether the digest. */
  record Choice(Set<NoticeKind> mailOff, boolean digest) {

    Choice {
      mailOff = mailOff == null ? Set.of() : Set.copyOf(mailOff);
    }
  }

  @Transactional(readOnly = true)
  Choice of(String user) {
    return preferences.findById(user).map(p -> new Choice(p.mailOff(), p.isDigest())).orElse(new Choice(Set.of(), false));
  }

  @Transactional
  Choice choose(String user, Choice choice) {
    NotificationPreference preference = preferences.findById(user).orElseGet(() -> new NotificationPreference(user));
    preference.change(choice.mailOff(), choice.digest(), calendar.now());
    preferences.save(preference);
    return of(user);
  }

  /** One mail per digest user with the notifications since their last digest; none when there were none. */
  @Scheduled(cron = "${qa.notifications.digest-cron:0 0 18 * * *}", zone = "Asia/Shanghai")
  @Transactional
  void sendDigests() {
    if (!outbox.enabled()) {
      return;
    }
    LocalDateTime now = calendar.now();
    for (NotificationPreference preference : preferences.findByDigestTrue()) {
      List<Notification> since = notifications.findByRecipientAndCreatedAtAfterOrderById(preference.getUserId(),
          preference.getDigestSentUntil() == null ? now.minusDays(1) : preference.getDigestSentUntil()).stream()
          .filter(n -> n.getCreatedAt().isBefore(now) || n.getCreatedAt().isEqual(now))
          .filter(n -> preference.mails(n.getKind())).toList();
      User user = identity.createUserQuery().userId(preference.getUserId()).singleResult();
      if (!since.isEmpty() && user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
        outbox.queueDigest(user.getEmail(), since);
        log.debug("Digest of {} notifications queued for {}", since.size(), preference.getUserId());
      }
      preference.digestSent(now);
    }
  }
}
