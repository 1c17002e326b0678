package org.qualityaward.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
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
 *   <li>on PostgreSQL, an index of the grants a task list can use, and only those (READ of a task, READ_TASK of
 *       a model): a task list looks up each task's grants by its id, its model's key and {@code '*'}, and the
 *       {@code '*'} look-up read every group's grants of any kind (55 rows a task; 32 with an index of all task
 *       and model grants, where every unit's READ of all models sits; 2 with this one, the administrators'):
 *       a unit's inbox of 4,200 tasks p95 179 ms instead of 244 ms at 1,000 cases;</li>
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
   * Partial indexes, which H2 does not have; the planner uses one when the query implies its condition. The task
   * query's grant look-up asks for global grants and grants ({@code TYPE_ < 2}) that give READ of a task or
   * READ_TASK of a model, in these words (Camunda's {@code authCheckJoin} with the task query's permission
   * checks), so the condition repeats them; the planner proves the implication on the values a custom plan
   * binds (a task list's plan is custom: {@link TaskListPlanning}).
   */
  static final Map<String, String> POSTGRES_INDEXES = Map.of("qa_ix_auth_task_grants",
      "act_ru_authorization (resource_id_) where type_ < 2 and ("
          + grantsOf(Resources.TASK, TaskPermissions.READ) + " or "
          + grantsOf(Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.READ_TASK) + ")");

  /** Replaced by a narrower one: dropped where an earlier version made it. */
  static final List<String> RETIRED_POSTGRES_INDEXES = List.of("qa_ix_auth_task_read");

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
        if (postgres) {
          dropInvalid(statement);
        }
        createIndexes(statement, INDEXES, postgres);
        if (postgres) {
          createIndexes(statement, POSTGRES_INDEXES, true);
          RETIRED_POSTGRES_INDEXES.forEach(index -> execute(statement, "drop index concurrently if exists " + index));
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

  /**
   * A concurrent build that failed or was interrupted (a start killed on a large database) leaves the index behind,
   * invalid and never used; {@code if not exists} would skip it at every later start. Dropped, to be built again;
   * not one another node is building at this moment (also invalid until it is built).
   */
  private static void dropInvalid(Statement statement) throws SQLException {
    String names = Stream.concat(INDEXES.keySet().stream(), POSTGRES_INDEXES.keySet().stream())
        .map(name -> "'" + name + "'").collect(Collectors.joining(", "));
    List<String> invalid = new ArrayList<>();
    try (var found = statement.executeQuery("select c.relname from pg_index i join pg_class c on c.oid = i.indexrelid"
        + " where not i.indisvalid and c.relname in (" + names + ")"
        + " and not exists (select 1 from pg_stat_progress_create_index p where p.index_relid = i.indexrelid)")) {
      while (found.next()) {
        invalid.add(found.getString(1));
      }
    }
    for (String index : invalid) {
      LOG.warn("Index {} was left invalid by an interrupted build: built again", index);
      execute(statement, "drop index concurrently if exists " + index);
    }
  }

  private static void createIndexes(Statement statement, Map<String, String> indexes, boolean concurrently) {
    for (Map.Entry<String, String> index : indexes.entrySet()) {
      execute(statement, "create index " + (concurrently ? "concurrently " : "") + "if not exists " + index.getKey()
          + " on " + index.getValue());
    }
  }

  private static String grantsOf(Resources resource, Permission permission) {
    return "resource_type_ = " + resource.resourceType() + " and perms_ & " + permission.getValue() + " = "
        + permission.getValue();
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
