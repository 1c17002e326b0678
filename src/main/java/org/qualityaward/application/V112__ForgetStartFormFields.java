package org.qualityaward.application;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.qualityaward.platform.SchemaTables;
import org.springframework.stereotype.Component;

/**
 * Flyway V112: what cases started from Tasklist's start form before this version left in the engine (the
 * typed names, records, work history, statements and self-assessment as variables of {@code
 * award-application}, and their history) is deleted; our tables keep the application. Since this version the
 * engine forgets them at registration ({@link RegisterApplicationDelegate}) and never writes their history.
 * The case's own variables ({@link CaseVariables}) stay. A Java migration because on a new database the
 * engine's tables do not exist yet, and then there is nothing to forget.
 */
@Component
class V112__ForgetStartFormFields extends BaseJavaMigration {

  private static final String KEY = AwardApplicationModel.PROCESS_KEY;

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    List<String> names = List.copyOf(StartFormSubmission.fieldsToForget());
    String in = String.join(", ", Collections.nCopies(names.size(), "?"));
    List<String> values = new ArrayList<>();
    if (SchemaTables.exist(connection, "act_ru_variable", "act_ge_bytearray")) {
      // the case's own variables, not a task's (task-local values end with their task)
      forget(connection, "act_ru_variable", "proc_def_id_ like ? and task_id_ is null and name_ in (" + in + ")",
          KEY + ":%", names, values);
    }
    for (String history : new String[] {"act_hi_varinst", "act_hi_detail"}) {
      if (SchemaTables.exist(connection, history)) {
        forget(connection, history, "proc_def_key_ = ? and name_ in (" + in + ")", KEY, names, values);
      }
    }
    // long texts live in byte arrays, which the rows referenced (and the runtime ones by a foreign key)
    if (!values.isEmpty()) {
      try (PreparedStatement delete = connection.prepareStatement("delete from act_ge_bytearray where id_ = ?")) {
        for (String id : values) {
          delete.setString(1, id);
          delete.addBatch();
        }
        delete.executeBatch();
      }
    }
  }

  /** Deletes the table's rows that match, after noting the byte arrays they hold. */
  private static void forget(Connection connection, String table, String where, String key, List<String> names,
      List<String> values) throws SQLException {
    try (PreparedStatement select = bind(connection.prepareStatement(
        "select bytearray_id_ from " + table + " where bytearray_id_ is not null and " + where), key, names);
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    try (PreparedStatement delete = bind(connection.prepareStatement("delete from " + table + " where " + where), key,
        names)) {
      delete.executeUpdate();
    }
  }

  private static PreparedStatement bind(PreparedStatement statement, String key, List<String> names)
      throws SQLException {
    statement.setString(1, key);
    for (int i = 0; i < names.size(); i++) {
      statement.setString(i + 2, names.get(i));
    }
    return statement;
  }
}
