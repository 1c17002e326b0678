package org.qualityaward.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Indexes Camunda's own schema lacks for what the engine asks at every step (issue 16), created at start-up
 * once the engine has made or checked its tables (Flyway runs before the engine, so it cannot). Completing a
 * task looks for its subtasks ({@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?}), which without an
 * index reads every open task: each completion costs more the fuller the inboxes are. On PostgreSQL the index
 * is built {@code concurrently}, so a first start on a large database does not block the tasks meanwhile; a
 * node that loses the race to another node of the cluster logs it and goes on.
 */
@Component
class EngineIndexes implements InitializingBean {

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  /** Index name and what it covers. */
  static final Map<String, String> INDEXES = Map.of("qa_ix_ru_task_parent", "act_ru_task (parent_task_id_)");

  private final DataSource dataSource;

  /** The engine: built first, so its tables exist. */
  EngineIndexes(DataSource dataSource, ProcessEngine engine) {
    this.dataSource = dataSource;
  }

  @Override
  public void afterPropertiesSet() {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      boolean postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(true); // PostgreSQL builds an index concurrently only outside a transaction
      try {
        for (Map.Entry<String, String> index : INDEXES.entrySet()) {
          create(statement, "create index " + (postgres ? "concurrently " : "") + "if not exists " + index.getKey()
              + " on " + index.getValue());
        }
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      LOG.warn("Indexes on the engine's tables not checked: {}", e.toString());
    }
  }

  private static void create(Statement statement, String sql) {
    try {
      statement.execute(sql);
    } catch (SQLException e) {
      LOG.warn("{} failed (another node may be creating it): {}", sql, e.toString());
    }
  }
}
