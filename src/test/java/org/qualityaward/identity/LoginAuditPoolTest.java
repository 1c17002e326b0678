package org.qualityaward.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.testing.HttpCaller;
import org.qualityaward.testing.TestUsers;
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
  @Autowired IdentityService identityService;

  @Test
  @DisplayName("a wrong login on /engine-rest and /api is refused (401) and recorded, with one connection of the pool left: an unknown user, a known user's wrong password (counted by the engine in the same transaction)")
  void wrongLoginOnAFullPool() throws SQLException {
    TestUsers.ensure(identityService, "poolclerk", "quality-office");
    try (Connection taken = dataSource.getConnection()) {
      assertThat(HttpCaller.basic(port, "pool-nobody", "Wrong-Pass-2026").get("/engine-rest/task").statusCode())
          .isEqualTo(401);
      assertThat(HttpCaller.basic(port, "poolclerk", "Wrong-Pass-2026").get("/api/experts").statusCode())
          .isEqualTo(401);
    }

    assertThat(jdbc.queryForList("select reason from refused_attempt where user_id = 'pool-nobody'", String.class))
        .containsExactly("登录失败：用户不存在");
    assertThat(jdbc.queryForList("select reason from refused_attempt where user_id = 'poolclerk'", String.class))
        .singleElement().asString().startsWith("登录失败：密码错误（连续第 1 次）");
    assertThat(identityService.createUserQuery().userId("poolclerk").singleResult()).isNotNull();
  }
}
