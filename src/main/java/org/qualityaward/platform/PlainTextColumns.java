package org.qualityaward.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * For a migration that puts columns of personal data under {@link EncryptedColumn}: widens them to hold the
 * ciphertext (50 characters of Chinese are 150 bytes of UTF-8, then IV, tag and base64) and encrypts the rows
 * stored in plain text before, with this installation's key.
 */
final class PlainTextColumns {

  private PlainTextColumns() {
  }

  /**
   * {@code columns} of {@code table}, none of them null; a value already encrypted is left alone. Refused, with
   * nothing changed, when the key is not the database's (this runs before {@link PersonalDataKeyCheck}'s bean).
   */
  static void encrypt(Connection connection, PersonalDataCipher cipher, String table, String... columns)
      throws SQLException {
    PersonalDataKeyCheck.beforeEncrypting(new JdbcTemplate(new SingleConnectionDataSource(connection, true)), cipher);
    try (Statement widen = connection.createStatement()) {
      for (String column : columns) {
        // "set data type": the words H2 and PostgreSQL both take
        widen.execute("alter table " + table + " alter column " + column + " set data type varchar(500)");
      }
    }
    String plain = Arrays.stream(columns).map(c -> c + " not like '" + PersonalDataCipher.VERSION + "%'")
        .collect(Collectors.joining(" or "));
    String assignments = String.join(" = ?, ", columns) + " = ?";
    try (Statement select = connection.createStatement();
        ResultSet rows = select.executeQuery("select id, " + String.join(", ", columns) + " from " + table
            + " where " + plain);
        PreparedStatement rewrite = connection.prepareStatement(
            "update " + table + " set " + assignments + " where id = ?")) {
      while (rows.next()) {
        for (int i = 0; i < columns.length; i++) {
          String value = rows.getString(i + 2);
          rewrite.setString(i + 1, value.startsWith(PersonalDataCipher.VERSION) ? value : cipher.encrypt(value));
        }
        rewrite.setLong(columns.length + 1, rows.getLong(1));
        rewrite.addBatch();
      }
      rewrite.executeBatch();
    }
  }
}
