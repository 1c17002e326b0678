package org.qualityaward.platform;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Whether a table exists, for the Java migrations that read the engine's tables: on a new database they do
 * not exist yet (the engine creates its schema after Flyway), and plain SQL cannot skip a missing table.
 */
public final class SchemaTables {

  private SchemaTables() {}

  /** Whether every one of the tables exists, named in lower case (H2 keeps them upper case). */
  public static boolean exist(Connection connection, String... tables) throws SQLException {
    for (String table : tables) {
      if (!exists(connection, table)) {
        return false;
      }
    }
    return true;
  }

  private static boolean exists(Connection connection, String table) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    for (String name : new String[] {table, table.toUpperCase()}) {
      try (ResultSet tables = meta.getTables(connection.getCatalog(), null, name, new String[] {"TABLE"})) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
