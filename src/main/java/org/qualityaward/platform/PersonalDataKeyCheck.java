package org.qualityaward.platform;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The key personal data is stored with stays the key of the database. The first start records the key's
 * fingerprint (V113); a start with another key is refused, naming the setting. Without this a restart with a
 * newly generated key (or a second node with its own) would start normally, fail to read every stored ID number
 * and, worse, silently find nothing in the lookups by hash: a person banned under Art 32 would pass the
 * eligibility check, an honour's holder would not be found. A database that already holds personal data when the
 * fingerprint is first recorded (an upgrade) is asked first whether the key reads it.
 */
@Component
class PersonalDataKeyCheck {

  static final String MISMATCH = "个人信息加密密钥与本数据库不符，拒绝启动：库中的身份证号等个人信息是用首次启动时的密钥"
      + "加密和建立查询索引的，换用其他密钥将无法读取，禁入记录（第三十二条）和荣誉持有人也将查询不到。请设置首次启动时的密钥"
      + "（qa.personal-data.key，环境变量 QA_PERSONAL_DATA_KEY；集群各节点须相同）；demo 数据可删除 ./data 文件夹重新开始。"
      + " The configured qa.personal-data.key is not the key this database's personal data is stored with: set that"
      + " key again.";

  /** A column of ours that holds what {@link EncryptedColumn} wrote. */
  record Encrypted(String table, String column) {}

  /** The columns encrypted before the fingerprint was recorded (V113): there on any database V114 upgrades. */
  private static final List<Encrypted> BEFORE_THE_FINGERPRINT = List.of(new Encrypted("application", "id_number"),
      new Encrypted("honour", "holder_id_number"), new Encrypted("ban", "subject_id_number"),
      new Encrypted("application_draft", "form"));

  static final List<Encrypted> ENCRYPTED = Stream.concat(BEFORE_THE_FINGERPRINT.stream(), Stream.of(
      new Encrypted("objection", "objector_name"), new Encrypted("objection", "contact"),
      new Encrypted("complaint", "complainant_name"), new Encrypted("complaint", "contact"))).toList();

  PersonalDataKeyCheck(JdbcTemplate jdbc, PersonalDataCipher cipher) {
    check(jdbc, cipher);
  }

  static void check(JdbcTemplate jdbc, PersonalDataCipher cipher) {
    String recorded = recorded(jdbc);
    if (recorded == null) {
      if (!readsWhatIsStored(jdbc, cipher, ENCRYPTED)) {
        throw new IllegalStateException(MISMATCH);
      }
      try {
        jdbc.update("insert into personal_data_key (id, fingerprint, recorded_at) values (1, ?, current_timestamp)",
            cipher.keyFingerprint());
        return;
      } catch (DuplicateKeyException anotherNodeFirst) {
        // two nodes starting on a new database: the one that recorded first decides
        recorded = recorded(jdbc);
      }
    }
    if (!cipher.keyFingerprint().equals(recorded)) {
      throw new IllegalStateException(MISMATCH);
    }
  }

  /**
   * Before a migration encrypts rows stored in plain text (V114, V115), which runs before this check's bean: the
   * key must be the one recorded or, on a database upgraded from before the fingerprint, read what was encrypted
   * then. Encrypted with another key, those rows could never be read again once the right key is set.
   */
  static void beforeEncrypting(JdbcTemplate jdbc, PersonalDataCipher cipher) {
    String recorded = recorded(jdbc);
    if (recorded == null ? !readsWhatIsStored(jdbc, cipher, BEFORE_THE_FINGERPRINT)
        : !cipher.keyFingerprint().equals(recorded)) {
      throw new IllegalStateException(MISMATCH);
    }
  }

  /** Whether the key decrypts a value of each table that holds one (an upgrade from before the fingerprint). */
  private static boolean readsWhatIsStored(JdbcTemplate jdbc, PersonalDataCipher cipher, List<Encrypted> columns) {
    for (Encrypted at : columns) {
      String stored = jdbc.query("select " + at.column() + " from " + at.table() + " where " + at.column() + " like '"
          + PersonalDataCipher.VERSION + "%' fetch first 1 rows only", rs -> rs.next() ? rs.getString(1) : null);
      if (stored != null) {
        try {
          cipher.decrypt(stored);
        } catch (IllegalStateException otherKey) {
          return false;
        }
      }
    }
    return true;
  }

  private static String recorded(JdbcTemplate jdbc) {
    return jdbc.query("select fingerprint from personal_data_key where id = 1",
        rs -> rs.next() ? rs.getString(1) : null);
  }
}
