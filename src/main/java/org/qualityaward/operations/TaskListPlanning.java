package org.qualityaward.operations;

import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSession;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.qualityaward.platform.InsideEveryCommand;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL a task list (a Tasklist filter, {@code /task}, any task query) is planned with the values it is
 * sent, and every other statement may reuse its cached plan (issue 16, README Benchmarks). A task list's plan
 * depends on whose list it is: a unit's thousands of task grants against an expert's handful, and the grants
 * index applies only when the planner sees the bound permission values ({@link EngineSchemaTuning}); a cached
 * generic plan knows neither, and took a 4,200-task inbox from 0.2 to 3.6 s. Every other statement the engine
 * sends is a look-up by key, which a cached plan serves as well, while planning it anew cost as much as running
 * it (an authorization check: 2.9 ms to plan, 0.05 ms to run). So the sessions keep PostgreSQL's default
 * ({@code plan_cache_mode=auto}) and a task list's command sets {@code force_custom_plan} for its own transaction
 * only ({@code set local}: the engine runs every command in a transaction of its own or of its caller).
 */
@Component
class TaskListPlanning extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // in the command's transaction, before its statements
    InsideEveryCommand.add(configuration, new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        if (isTaskList(command)) {
          planWithItsOwnValues(Context.getCommandContext().getDbSqlSession());
        }
        return next.execute(command);
      }
    });
  }

  /** A task query runs as its own command; a filter's query runs inside the filter's command. */
  static boolean isTaskList(Command<?> command) {
    return command instanceof TaskQueryImpl || command instanceof AbstractExecuteFilterCmd;
  }

  private static void planWithItsOwnValues(DbSqlSession session) {
    if (!"postgres".equals(session.getDbSqlSessionFactory().getDatabaseType())) {
      return;
    }
    try (Statement statement = session.getSqlSession().getConnection().createStatement()) {
      statement.execute("set local plan_cache_mode = force_custom_plan");
    } catch (SQLException e) {
      throw new ProcessEngineException("could not plan the task list with its own values", e);
    }
  }
}
