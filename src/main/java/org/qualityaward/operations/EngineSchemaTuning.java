package org.qualityaward.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * What Camunda's own schema lacks for the questions the engine asks at every step and every inbox (issue 16),
 * added at start-up once the engine has made or checked its tables (Flyway runs before the engine, so it cannot):
 * <ul>
 *   <li>an index on a task's parent: completing a task looks for its subtasks
 *       ({@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?}), which without it reads every open task;</li>
 *   <li>an index on a finished or running instance's caller in the history: the members' facts in a panel's
 *       rating form and a case file's history find the instances a case called by it, which without it reads
 *       the history of every instance of every year (17 ms a rating form on H2 at 1,000 applications);</li>
 *   <li>on PostgreSQL, statistics on the permission bits a task list checks ({@code PERMS_ & 2} READ of a task,
 *       {@code PERMS_ & 64} READ_TASK of a model): without them the planner takes a unit's thousands of task
 *       grants for a handful and compares every task with every grant (2 s for an inbox of 4,200 tasks);</li>
 *   <li>on PostgreSQL, an index of the grants a task list can use (a task's READ, a model's READ_TASK): a task
 *       list looks up each task's grants by its id, its model's key and {@code '*'}, and the {@code '*'} look-up
 *       also read every group's grants on users, filters, deployments and the rest (55 rows a task, 32 with
 *       it; a unit's inbox of 4,200 tasks 0.17 s instead of 0.2 s);</li>
 *   <li>on H2, an index of an execution's own variables: the engine loads them at almost every step
 *       ({@code … where EXECUTION_ID_ = ? and TASK_ID_ is null}), and H2 plans that on the index of
 *       {@code TASK_ID_}, reading every process variable (17 ms a step at 1,000 applications, over half of the
 *       edition's time in SQL); PostgreSQL uses the execution's index.</li>
 * </ul>
 * On PostgreSQL the index is built {@code concurrently}, so a first start on a large database blocks no task; a
 * node that loses the race to another node of the cluster logs it and goes on.
 */
@Component
class EngineSchemaTuning implements InitializingBean {

  private static final Logger LOG = LoggerFactory.getLogger(EngineSchemaTuning.class);

  /** Index name and what it covers. */
  static final Map<String, String> INDEXES = Map.of("qa_ix_ru_task_parent", "act_ru_task (parent_task_id_)",
      "qa_ix_hi_procinst_super", "act_hi_procinst (super_process_instance_id_)");

  /**
   * Partial indexes, which H2 does not have; the planner uses one when the query implies its condition: the
   * task query's grant look-up asks for global grants and grants ({@code TYPE_ < 2}) on models or tasks.
   */
  static final Map<String, String> POSTGRES_INDEXES = Map.of("qa_ix_auth_task_read",
      "act_ru_authorization (resource_id_) where type_ < 2 and resource_type_ in ("
          + Resources.PROCESS_DEFINITION.resourceType() + ", " + Resources.TASK.resourceType() + ")");

  /** H2 picks an index by its columns' conditions: this one matches both of an execution's variable load. */
  static final Map<String, String> H2_INDEXES = Map.of("qa_ix_ru_var_exec_task",
      "act_ru_variable (execution_id_, task_id_)");

  static final String PERMISSION_STATISTICS = "qa_st_auth_perms";

  private final DataSource dataSource;

  /** The engine: built first, so its tables exist. */
  EngineSchemaTuning(DataSource dataSource, ProcessEngine engine) {
    this.dataSource = dataSource;
  }

  @Override
  public void afterPropertiesSet() {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      boolean postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(true); // PostgreSQL builds an index concurrently only outside a transaction
      try {
        createIndexes(statement, INDEXES, postgres);
        if (postgres) {
          createIndexes(statement, POSTGRES_INDEXES, true);
          permissionStatistics(statement);
        } else {
          createIndexes(statement, H2_INDEXES, false);
        }
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      LOG.warn("The engine's tables not tuned: {}", e.toString());
    }
  }

  private static void createIndexes(Statement statement, Map<String, String> indexes, boolean concurrently) {
    for (Map.Entry<String, String> index : indexes.entrySet()) {
      execute(statement, "create index " + (concurrently ? "concurrently " : "") + "if not exists " + index.getKey()
          + " on " + index.getValue());
    }
  }

  /** Created once (PostgreSQL 14 or later), and the table analysed then so the planner has them at once. */
  private static void permissionStatistics(Statement statement) throws SQLException {
    try (var existing = statement.executeQuery(
        "select count(*) from pg_statistic_ext where stxname = '" + PERMISSION_STATISTICS + "'")) {
      existing.next();
      if (existing.getInt(1) > 0) {
        return;
      }
    }
    if (execute(statement, "create statistics if not exists " + PERMISSION_STATISTICS
        + " on (perms_ & 2), (perms_ & 64) from act_ru_authorization")) {
      execute(statement, "analyze act_ru_authorization");
    }
  }

  private static boolean execute(Statement statement, String sql) {
    try {
      statement.execute(sql);
      return true;
    } catch (SQLException e) {
      LOG.warn("{} failed (another node may be doing it): {}", sql, e.toString());
      return false;
    }
  }
}
