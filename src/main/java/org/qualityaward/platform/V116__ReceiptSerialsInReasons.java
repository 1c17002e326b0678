package org.qualityaward.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway V116: a disqualification's reason, which the candidate reads, named the upheld objection or complaint
 * by its whole receipt number, and the whole number opens the answer to the one who filed it. Reasons stored
 * before keep the number's serial only, as new ones are written. A Java migration: the two databases' regular
 * expressions write back-references differently.
 */
@Component
class V116__ReceiptSerialsInReasons extends BaseJavaMigration {

  /** YY- (objections) or TS- (complaints), year, serial, check code. */
  static final Pattern RECEIPT = Pattern.compile("\\b((?:YY|TS)-\\d{4}-\\d{6})-[A-Z2-9]{6}\\b");

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    serialsOnly(connection, "application", "outcome_reason");
    serialsOnly(connection, "publicity_entry", "disqualification_reason");
    // a renewal's refusal copies the case's reason when an objection to its publicity was upheld
    serialsOnly(connection, "renewal", "reason");
    serialsOnly(connection, "renewal_decision", "comment");
  }

  private static void serialsOnly(Connection connection, String table, String column) throws SQLException {
    try (Statement select = connection.createStatement();
        ResultSet rows = select.executeQuery("select id, " + column + " from " + table + " where " + column
            + " like '%受理编号%'");
        PreparedStatement rewrite = connection.prepareStatement("update " + table + " set " + column + " = ? where id = ?")) {
      while (rows.next()) {
        String reason = rows.getString(2);
        String serials = RECEIPT.matcher(reason).replaceAll("$1");
        if (!serials.equals(reason)) {
          rewrite.setString(1, serials);
          rewrite.setLong(2, rows.getLong(1));
          rewrite.addBatch();
        }
      }
      rewrite.executeBatch();
    }
  }
}
