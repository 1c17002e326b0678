package org.qualityaward.notification;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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
  private final TransactionTemplate transactions;

  MailPreferences(NotificationPreferenceRepository preferences, NotificationRepository notifications,
      MailOutbox outbox, IdentityService identity, WorkingDayCalendar calendar, TransactionTemplate transactions) {
    this.transactions = transactions;
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

  /**
   * One mail per digest user with the notifications since their last digest; none when there were none. Each
   * user in a transaction of their own: every node runs this, and where another node's run (or the user's own
   * change) got to a preference first, that one user's digest is left to it (or to tomorrow's run).
   */
  @Scheduled(cron = "${qa.notifications.digest-cron:0 0 18 * * *}", zone = "Asia/Shanghai")
  void sendDigests() {
    if (!outbox.enabled()) {
      return;
    }
    LocalDateTime now = calendar.now();
    for (NotificationPreference listed : transactions.execute(status -> preferences.findByDigestTrue())) {
      try {
        transactions.executeWithoutResult(status -> digest(listed.getUserId(), listed.getVersion(), now));
      } catch (OptimisticLockingFailureException changedMeanwhile) {
        log.debug("Digest of {} left to the run or change that got there first", listed.getUserId());
      }
    }
  }

  /**
   * The user's digest, if their preference is still as the run listed it ({@code listedVersion}): sending it
   * changes the version, so of two runs that listed it the same, one sends and the other's write is refused.
   */
  void digest(String userId, Long listedVersion, LocalDateTime now) {
    NotificationPreference preference = preferences.findById(userId).orElse(null);
    if (preference == null || !preference.getVersion().equals(listedVersion) || !preference.isDigest()) {
      return;
    }
    List<Notification> since = notifications.findByRecipientAndCreatedAtAfterOrderById(userId,
        preference.getDigestSentUntil() == null ? now.minusDays(1) : preference.getDigestSentUntil()).stream()
        .filter(n -> n.getCreatedAt().isBefore(now) || n.getCreatedAt().isEqual(now))
        .filter(n -> preference.mails(n.getKind())).toList();
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (!since.isEmpty() && user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
      outbox.queueDigest(user.getEmail(), since);
      log.debug("Digest of {} notifications queued for {}", since.size(), userId);
    }
    preference.digestSent(now);
  }
}
