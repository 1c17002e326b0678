package org.qualityaward.platform;

import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway V115: a complainant's name and contact (投诉举报人, Art 9(6)), like an objector's (V114), are shown to
 * the office only and from now on stored encrypted ({@link EncryptedColumn} on the complaint).
 */
@Component
class V115__EncryptComplainantIdentities extends BaseJavaMigration {

  private final PersonalDataCipher cipher;

  V115__EncryptComplainantIdentities(PersonalDataCipher cipher) {
    this.cipher = cipher;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    PlainTextColumns.encrypt(context.getConnection(), cipher, "complaint", "complainant_name", "contact");
  }
}
