package org.qualityaward.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway V84: honours and revocation cases recorded before V83 are bound to the process instance that
 * carries them, found in the engine's tables by the variable that named the row ({@code honourId} in an
 * {@code honour} instance, {@code revocationId} in a {@code revocation} instance): a running instance
 * from {@code ACT_RU_VARIABLE}, an ended one from {@code ACT_HI_VARINST}. A Java migration because on
 * a new database those tables do not exist yet (the engine creates its schema after Flyway) and there
 * is then nothing to bind; rows already bound are left alone.
 */
@Component
class V84__BindHonoursAndRevocationsToTheirProcesses extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    if (SchemaTables.exist(connection, "act_ru_variable", "act_ru_execution", "act_re_procdef")) {
      bind(connection, "honour", "honourId", """
          select max(v.proc_inst_id_) from act_ru_variable v
            join act_ru_execution e on e.id_ = v.proc_inst_id_
            join act_re_procdef d on d.id_ = e.proc_def_id_
          where v.name_ = '%s' and d.key_ = '%s' and v.long_ = %s.id""");
      bind(connection, "revocation", "revocationId", """
          select max(v.proc_inst_id_) from act_ru_variable v
            join act_ru_execution e on e.id_ = v.proc_inst_id_
            join act_re_procdef d on d.id_ = e.proc_def_id_
          where v.name_ = '%s' and d.key_ = '%s' and v.long_ = %s.id""");
    }
    if (SchemaTables.exist(connection, "act_hi_varinst")) {
      String history = """
          select max(v.proc_inst_id_) from act_hi_varinst v
          where v.name_ = '%s' and v.proc_def_key_ = '%s' and v.long_ = %s.id""";
      bind(connection, "honour", "honourId", history);
      bind(connection, "revocation", "revocationId", history);
    }
  }

  /** {@code table} is both the row's table and its model's key; {@code instanceOf} takes name, key, table. */
  private static void bind(Connection connection, String table, String variable, String instanceOf)
      throws SQLException {
    try (Statement update = connection.createStatement()) {
      update.executeUpdate("update " + table + " set process_instance_id = ("
          + instanceOf.formatted(variable, table, table) + ") where process_instance_id is null");
    }
  }
}
