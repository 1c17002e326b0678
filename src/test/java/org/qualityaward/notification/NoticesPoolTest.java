package org.qualityaward.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction's notices are written on its own connection: with every connection of the pool held by a
 * completion waiting for a second one, as many completions at once as the pool has connections would stop
 * the node until the pool's timeout and lose their notices. A pool with one connection left is that
 * situation for a single completion.
 */
@SpringBootTest(properties = {"spring.datasource.hikari.maximum-pool-size=2",
    "spring.datasource.hikari.connection-timeout=2000"})
class NoticesPoolTest {

  @Autowired DataSource dataSource;
  @Autowired TransactionTemplate transactions;
  @Autowired ApplicationEventPublisher events;
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName("a transaction with notices commits them with one connection of the pool left")
  void noticesOnAFullPool() throws SQLException {
    try (Connection taken = dataSource.getConnection()) {
      transactions.executeWithoutResult(status -> {
        jdbc.queryForObject("select count(*) from notification", Long.class);
        events.publishEvent(Notice.toUser(NoticeKind.STAGE_CHANGED, "npfullpool", "连接池已满时的通知", "/applicant/"));
      });
    }
    assertThat(jdbc.queryForList("select title from notification where recipient = 'npfullpool'", String.class))
        .containsExactly("连接池已满时的通知");
  }
}
