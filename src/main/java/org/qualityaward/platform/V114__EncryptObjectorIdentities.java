package org.qualityaward.platform;

import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway V114: an objector's name and contact (异议人身份) are personal data like an ID number, shown to the
 * office only, and from now on stored encrypted ({@link EncryptedColumn} on the objection).
 */
@Component
class V114__EncryptObjectorIdentities extends BaseJavaMigration {

  private final PersonalDataCipher cipher;

  V114__EncryptObjectorIdentities(PersonalDataCipher cipher) {
    this.cipher = cipher;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    PlainTextColumns.encrypt(context.getConnection(), cipher, "objection", "objector_name", "contact");
  }
}
