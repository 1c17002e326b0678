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
 * Flyway V82: the resident ID numbers written in plain text before V81 are encrypted, and their lookup hashes
 * filled in, with this installation's key. A Java migration, not "encrypt when next saved": bans are never saved
 * again, and without their hashes the BAN and HOLDER rules would no longer find the person; SQL has no portable
 * AES-GCM or HMAC either. Rows already encrypted are left alone.
 */
@Component
class V82__EncryptResidentIdNumbers extends BaseJavaMigration {

  private final PersonalDataCipher cipher;

  V82__EncryptResidentIdNumbers(PersonalDataCipher cipher) {
    this.cipher = cipher;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    rewrite(connection, "application", "id_number", "update application set id_number = ?, applicant_key = ?,"
        + " active_applicant_key = case when active_applicant_key is null then null else ? end where id = ?");
    rewrite(connection, "honour", "holder_id_number",
        "update honour set holder_id_number = ?, holder_id_hash = ? where id = ?");
    rewrite(connection, "ban", "subject_id_number",
        "update ban set subject_id_number = ?, subject_id_hash = ? where id = ?");
  }

  /** {@code update} takes the ciphertext, then the hash for each further parameter, the row's id last. */
  private void rewrite(Connection connection, String table, String column, String update) throws SQLException {
    int parameters = (int) update.chars().filter(c -> c == '?').count();
    try (Statement select = connection.createStatement();
        ResultSet rows = select.executeQuery("select id, " + column + " from " + table + " where " + column
            + " is not null and " + column + " not like '" + PersonalDataCipher.VERSION + "%'");
        PreparedStatement rewrite = connection.prepareStatement(update)) {
      while (rows.next()) {
        String plaintext = rows.getString(2);
        rewrite.setString(1, cipher.encrypt(plaintext));
        for (int i = 2; i < parameters; i++) {
          rewrite.setString(i, cipher.lookupHash(plaintext));
        }
        rewrite.setLong(parameters, rows.getLong(1));
        rewrite.addBatch();
      }
      rewrite.executeBatch();
    }
  }
}
