package org.qualityaward.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.testing.HttpCaller;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A wrong login is recorded without a second database connection: with every connection of the pool held by a
 * wrong login waiting for another, a flood of them (anyone can send one) would stop the node until the pool's
 * timeout and lose the records. A pool with one connection left is that situation for a single request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.hikari.maximum-pool-size=2", "spring.datasource.hikari.connection-timeout=2000"})
class LoginAuditPoolTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;

  @Test
  @DisplayName("a wrong password on /engine-rest is refused (401) and recorded, with one connection of the pool left")
  void wrongLoginOnAFullPool() throws SQLException {
    try (Connection taken = dataSource.getConnection()) {
      assertThat(HttpCaller.basic(port, "pool-nobody", "Wrong-Pass-2026").get("/engine-rest/task").statusCode())
          .isEqualTo(401);
    }

    assertThat(jdbc.queryForList("select reason from refused_attempt where user_id = 'pool-nobody'", String.class))
        .containsExactly("登录失败：用户不存在");
  }
}
