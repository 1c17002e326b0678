package org.qualityaward.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The refused attempts are kept a year and then removed; never less than the six months the law asks. */
@SpringBootTest
class AuditRetentionTest {

  @Autowired AuditLog audit;
  @Autowired AuditRetention retention;
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName("网络安全法 第二十一条, 个人信息保护法 第十九条: the nightly purge removes refused attempts older than a year and keeps the younger")
  void purgeRemovesOnlyTheExpired() {
    String tag = "retention-" + UUID.randomUUID();
    insert(tag + "-old", Instant.now().minus(Duration.ofDays(400)));
    insert(tag + "-young", Instant.now().minus(Duration.ofDays(200)));
    audit.refused("retentionuser", "127.0.0.1", tag + "-now", "测试");

    retention.purge();

    assertThat(jdbc.queryForList("select action from refused_attempt where action like ? order by action",
        String.class, tag + "%")).containsExactly(tag + "-now", tag + "-young");
  }

  @Test
  @DisplayName("网络安全法 第二十一条: a retention shorter than six months is refused at start-up")
  void tooShortARetentionIsRefused() {
    assertThatThrownBy(() -> new AuditRetention(audit, Duration.ofDays(90)))
        .hasMessageContaining("不能短于6个月");
  }

  private void insert(String action, Instant at) {
    jdbc.update("insert into refused_attempt (occurred_at, user_id, client_address, action, reason) values (?, ?, ?, ?, ?)",
        Timestamp.from(at), "retentionuser", "127.0.0.1", action, "测试");
  }
}
