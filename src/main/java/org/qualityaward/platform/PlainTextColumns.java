package org.qualityaward.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * For a migration that puts columns of personal data under {@link EncryptedColumn}: widens them to hold the
 * ciphertext (50 characters of Chinese are 150 bytes of UTF-8, then IV, tag and base64) and encrypts the rows
 * stored in plain text before, with this installation's key.
 */
final class PlainTextColumns {

  private PlainTextColumns() {
  }

  /** {@code columns} of {@code table}, none of them null; a row whose first column is encrypted is left alone. */
  static void encrypt(Connection connection, PersonalDataCipher cipher, String table, String... columns)
      throws SQLException {
    try (Statement widen = connection.createStatement()) {
      for (String column : columns) {
        // "set data type": the words H2 and PostgreSQL both take
        widen.execute("alter table " + table + " alter column " + column + " set data type varchar(500)");
      }
    }
    String list = String.join(", ", columns);
    String assignments = String.join(" = ?, ", columns) + " = ?";
    try (Statement select = connection.createStatement();
        ResultSet rows = select.executeQuery("select id, " + list + " from " + table + " where " + columns[0]
            + " not like '" + PersonalDataCipher.VERSION + "%'");
        PreparedStatement rewrite = connection.prepareStatement(
            "update " + table + " set " + assignments + " where id = ?")) {
      while (rows.next()) {
        for (int i = 0; i < columns.length; i++) {
          rewrite.setString(i + 1, cipher.encrypt(rows.getString(i + 2)));
        }
        rewrite.setLong(columns.length + 1, rows.getLong(1));
        rewrite.addBatch();
      }
      rewrite.executeBatch();
    }
  }
}
