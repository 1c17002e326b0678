package org.qualityaward.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway V114: an objector's name and contact (异议人身份) are personal data like an ID number, shown to the
 * office only, and from now on stored encrypted ({@link EncryptedColumn} on the objection); the columns widen to
 * hold the ciphertext, and the rows stored in plain text before are encrypted with this installation's key.
 */
@Component
class V114__EncryptObjectorIdentities extends BaseJavaMigration {

  private final PersonalDataCipher cipher;

  V114__EncryptObjectorIdentities(PersonalDataCipher cipher) {
    this.cipher = cipher;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    try (Statement widen = connection.createStatement()) {
      // 50 characters of Chinese are 150 bytes of UTF-8, then IV, tag and base64: "set data type" is both databases'
      widen.execute("alter table objection alter column objector_name set data type varchar(500)");
      widen.execute("alter table objection alter column contact set data type varchar(500)");
    }
    try (Statement select = connection.createStatement();
        ResultSet rows = select.executeQuery("select id, objector_name, contact from objection"
            + " where objector_name not like '" + PersonalDataCipher.VERSION + "%'");
        PreparedStatement rewrite = connection.prepareStatement(
            "update objection set objector_name = ?, contact = ? where id = ?")) {
      while (rows.next()) {
        rewrite.setString(1, cipher.encrypt(rows.getString(2)));
        rewrite.setString(2, cipher.encrypt(rows.getString(3)));
        rewrite.setLong(3, rows.getLong(1));
        rewrite.addBatch();
      }
      rewrite.executeBatch();
    }
  }
}
