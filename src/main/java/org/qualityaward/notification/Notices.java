package org.qualityaward.notification;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.support.DataAccessUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.orm.jpa.JpaDialect;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns {@link Notice} events into notifications and mails ({@link MailOutbox}). The notices of one
 * transaction are gathered and written together just before it commits, in the same transaction and on
 * its connection, under a savepoint: a case that rolls back notifies nobody, a notice that cannot be
 * stored is rolled back alone and logged, never thrown into the engine, and no second connection is
 * needed (written after the commit in a transaction of their own, as before, every completion waited for
 * a second connection while holding its first: as many at once as the pool has connections stopped the
 * node for the pool's timeout and lost the notices). A group's members are looked up once per batch, and
 * the rows go to the database as one batch.
 */
@Component
class Notices {

  private static final Logger log = LoggerFactory.getLogger(Notices.class);
  private static final JpaDialect JPA = new HibernateJpaDialect();
  private static final String INSERT =
      "insert into notification (recipient, kind, title, link, created_at) values (?, ?, ?, ?, ?)";

  private final JdbcTemplate jdbc;
  private final EntityManager entityManager;
  private final TransactionTemplate ownTransaction;
  private final IdentityService identity;
  private final WorkingDayCalendar calendar;

  private final MailOutbox mails;

  Notices(JdbcTemplate jdbc, EntityManager entityManager, PlatformTransactionManager transactions,
      IdentityService identity, WorkingDayCalendar calendar, MailOutbox mails) {
    this.jdbc = jdbc;
    this.entityManager = entityManager;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.identity = identity;
    this.calendar = calendar;
    this.mails = mails;
  }

  @EventListener
  void on(Notice notice) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      deliver(List.of(notice), this::storeInOwnTransaction);
      return;
    }
    @SuppressWarnings("unchecked")
    List<Notice> pending = (List<Notice>) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      List<Notice> batch = new ArrayList<>();
      TransactionSynchronizationManager.bindResource(this, batch);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void beforeCommit(boolean readOnly) {
          if (!readOnly && TransactionSynchronizationManager.isActualTransactionActive()) {
            flushTheCase();
            List<Notice> now = List.copyOf(batch);
            batch.clear();
            deliver(now, Notices.this::storeUnderSavepoint);
          }
        }

        /** What the commit could not take: a read-only transaction's, one published after this commit began. */
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(Notices.this);
          if (status == STATUS_COMMITTED && !batch.isEmpty()) {
            deliver(batch, Notices.this::storeInOwnTransaction);
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
   * logged, never thrown: the case's own work stands.
   */
  private void deliver(List<Notice> batch, Consumer<List<Notice>> storing) {
    if (batch.size() == 1) {
      storeOrLog(batch, storing);
      return;
    }
    try {
      storing.accept(batch);
    } catch (SavepointLost e) {
      throw e;
    } catch (RuntimeException e) {
      log.warn("Notifications of one transaction not stored together ({} notices), now one by one: {}",
          batch.size(), e.toString());
      batch.forEach(notice -> storeOrLog(List.of(notice), storing));
    }
  }

  private static void storeOrLog(List<Notice> notices, Consumer<List<Notice>> storing) {
    try {
      storing.accept(notices);
    } catch (SavepointLost e) {
      throw e;
    } catch (RuntimeException e) {
      log.error("Notification not stored: {}", notices.stream().map(Notice::title).toList(), e);
    }
  }

  private void storeInOwnTransaction(List<Notice> notices) {
    ownTransaction.executeWithoutResult(status -> store(notices));
  }

  /**
   * The case's pending JPA changes are written before the savepoint: a query under it would write them inside
   * it, and a rollback to it would undo them while JPA counts them written. A failure is the case's own and
   * fails it, translated as the commit would have (a concurrent edit stays a 409).
   */
  private void flushTheCase() {
    try {
      entityManager.flush();
    } catch (RuntimeException e) {
      throw DataAccessUtils.translateIfNecessary(e, JPA);
    }
  }

  /**
   * In the committing transaction: what failed is rolled back to the savepoint, the rest of the transaction
   * kept (PostgreSQL refuses every later statement of a transaction with a failed one, unless rolled back to
   * a savepoint). What a notice cannot be stored for is its own (a recipient, address or link the columns do
   * not take); a look-up that fails for the database's sake (the group's members, the addresses, the mail
   * preferences) fails the case like any statement of its own would, the engine and JPA having marked the
   * transaction for rollback.
   */
  private void storeUnderSavepoint(List<Notice> notices) {
    DataSource dataSource = jdbc.getDataSource();
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      Savepoint savepoint = connection.setSavepoint();
      try {
        store(notices);
        connection.releaseSavepoint(savepoint);
      } catch (RuntimeException | SQLException e) {
        rollBack(connection, savepoint, e);
        throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("no savepoint for the notifications", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  private static void rollBack(Connection connection, Savepoint savepoint, Exception failure) {
    try {
      connection.rollback(savepoint);
    } catch (SQLException e) {
      // PostgreSQL would answer the commit of a transaction left failed by rolling it back in silence
      failure.addSuppressed(e);
      throw new SavepointLost(failure);
    }
  }

  /** The notices' failure could not be undone: the case's transaction cannot commit, and must not seem to. */
  private static final class SavepointLost extends IllegalStateException {
    SavepointLost(Exception cause) {
      super("notifications not rolled back to their savepoint", cause);
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
        rows.add(new Object[] {recipient, notice.kind().name(), notice.title(), notice.link(), Timestamp.valueOf(now)});
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
}
