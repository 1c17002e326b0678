package org.qualityaward.notification;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns {@link Notice} events into notifications and mails ({@link MailOutbox}). The notices of one
 * transaction are gathered and written together once it has committed, in a transaction of their own:
 * a case that rolls back notifies nobody, and a failure here is logged, never thrown into the engine.
 * A group's members are looked up once per batch, and the rows go to the database as one batch.
 */
@Component
class Notices {

  private static final int TITLE_LENGTH = 300;
  private static final Logger log = LoggerFactory.getLogger(Notices.class);
  private static final String INSERT =
      "insert into notification (recipient, kind, title, link, created_at) values (?, ?, ?, ?, ?)";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final IdentityService identity;
  private final WorkingDayCalendar calendar;

  private final MailOutbox mails;

  Notices(JdbcTemplate jdbc, PlatformTransactionManager transactions, IdentityService identity,
      WorkingDayCalendar calendar, MailOutbox mails) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.identity = identity;
    this.calendar = calendar;
    this.mails = mails;
  }

  @EventListener
  void on(Notice notice) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      deliver(List.of(notice));
      return;
    }
    @SuppressWarnings("unchecked")
    List<Notice> pending = (List<Notice>) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      List<Notice> batch = new ArrayList<>();
      TransactionSynchronizationManager.bindResource(this, batch);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(Notices.this);
          if (status == STATUS_COMMITTED) {
            deliver(batch);
          }
        }
      });
      pending = batch;
    }
    pending.add(notice);
  }

  /**
   * Stores and queues the batch; should it fail, each notice alone, so that one that cannot be stored (a
   * recipient longer than the column …) does not take the transaction's others with it. What still fails is
   * logged: the case has committed already.
   */
  void deliver(List<Notice> batch) {
    if (batch.size() == 1) {
      storeOrLog(batch);
      return;
    }
    try {
      ownTransaction.executeWithoutResult(status -> store(batch));
    } catch (RuntimeException e) {
      log.warn("Notifications of one transaction not stored together ({} notices), now one by one: {}",
          batch.size(), e.toString());
      batch.forEach(notice -> storeOrLog(List.of(notice)));
    }
  }

  private void storeOrLog(List<Notice> notices) {
    try {
      ownTransaction.executeWithoutResult(status -> store(notices));
    } catch (RuntimeException e) {
      log.error("Notification not stored: {}", notices.stream().map(Notice::title).toList(), e);
    }
  }

  private void store(List<Notice> batch) {
    LocalDateTime now = calendar.now();
    Map<String, List<User>> members = new HashMap<>();
    List<Object[]> rows = new ArrayList<>();
    List<Delivery> deliveries = new ArrayList<>();
    for (Notice notice : batch) {
      Set<String> recipients = new LinkedHashSet<>(notice.users());
      for (String group : notice.groups()) {
        members.computeIfAbsent(group, g -> identity.createUserQuery().memberOfGroup(g).list())
            .forEach(user -> recipients.add(user.getId()));
      }
      for (String recipient : recipients) {
        rows.add(new Object[] {recipient, notice.kind().name(), shortened(notice.title()), notice.link(), Timestamp.valueOf(now)});
      }
      deliveries.add(new Delivery(notice, recipients));
    }
    if (!rows.isEmpty()) {
      jdbc.batchUpdate(INSERT, rows);
    }
    mails.enqueue(deliveries, members.values().stream().flatMap(List::stream).toList());
  }

  /** A notice with the users it went to, a group's members included. */
  record Delivery(Notice notice, Set<String> users) {}

  private static String shortened(String title) {
    return title.length() <= TITLE_LENGTH ? title : title.substring(0, TITLE_LENGTH - 1) + "…";
  }
}
