package org.qualityaward.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Flyway V114 and V115 on an objection and a complaint stored in plain text before them, on a database of its own. */
class EncryptPersonIdentitiesTest {

  @Test
  @DisplayName("an objector's and a complainant's name and contact stored before V114/V115 are encrypted, in columns wide enough for 50 Chinese characters")
  void encryptsEarlierObjectionsAndComplaints() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:v114;DB_CLOSE_DELAY=-1");
    byte[] secret = new byte[32];
    Arrays.fill(secret, (byte) 5);
    PersonalDataCipher cipher = new PersonalDataCipher(secret);
    Flyway.configure().dataSource(dataSource).target("113").load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    // the objection alone: its publicity, entry and case are not what V114 reads
    jdbc.execute("set referential_integrity false");
    jdbc.update("insert into objection (receipt_number, publicity_id, entry_id, application_id, objector_name, contact,"
        + " grounds, filed_at, state, version) values ('YY-2025-000001-ABCDEF', 1, 1, 1, '王五', '13800000000', '材料不实',"
        + " current_timestamp, 'CONCLUDED', 0)");
    jdbc.update("insert into complaint (receipt_number, source, complainant_name, contact, grounds, filed_at, state)"
        + " values ('TS-2025-000001-ABCDEF', 'PUBLIC', '赵六', 'zhao@example.cn', '宣传中使用了质量奖称号', current_timestamp,"
        + " 'CONCLUDED')");

    Flyway.configure().dataSource(dataSource).javaMigrations(new V114__EncryptObjectorIdentities(cipher),
        new V115__EncryptComplainantIdentities(cipher)).load().migrate();

    Map<String, Object> objection = jdbc.queryForMap("select objector_name, contact from objection");
    assertThat(cipher.decrypt((String) objection.get("objector_name"))).isEqualTo("王五");
    assertThat(cipher.decrypt((String) objection.get("contact"))).isEqualTo("13800000000");
    Map<String, Object> complaint = jdbc.queryForMap("select complainant_name, contact from complaint");
    assertThat(cipher.decrypt((String) complaint.get("complainant_name"))).isEqualTo("赵六");
    assertThat(cipher.decrypt((String) complaint.get("contact"))).isEqualTo("zhao@example.cn");
    String longest = "异".repeat(50);
    assertThat(cipher.encrypt(longest).length()).isLessThanOrEqualTo(500);
    jdbc.update("update objection set objector_name = ?", cipher.encrypt(longest));
    jdbc.update("update complaint set complainant_name = ?, contact = ?", cipher.encrypt(longest),
        cipher.encrypt("x".repeat(100)));
  }

  @Test
  @DisplayName("with a key other than the database's, V114 is refused before it changes anything: the rows stay readable once the right key is set")
  void anotherKeyChangesNothing() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:v114-key;DB_CLOSE_DELAY=-1");
    byte[] secret = new byte[32];
    Arrays.fill(secret, (byte) 5);
    PersonalDataCipher right = new PersonalDataCipher(secret);
    secret[0] = 6;
    PersonalDataCipher wrong = new PersonalDataCipher(secret);
    Flyway.configure().dataSource(dataSource).target("113").load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.update("insert into personal_data_key (id, fingerprint, recorded_at) values (1, ?, current_timestamp)",
        right.keyFingerprint());
    jdbc.execute("set referential_integrity false");
    jdbc.update("insert into objection (receipt_number, publicity_id, entry_id, application_id, objector_name, contact,"
        + " grounds, filed_at, state, version) values ('YY-2025-000002-ABCDEF', 1, 1, 1, '钱七', '13800000001', '材料不实',"
        + " current_timestamp, 'CONCLUDED', 0)");

    assertThatThrownBy(() -> Flyway.configure().dataSource(dataSource)
        .javaMigrations(new V114__EncryptObjectorIdentities(wrong)).load().migrate())
        .hasStackTraceContaining("QA_PERSONAL_DATA_KEY");
    assertThat(jdbc.queryForObject("select objector_name from objection", String.class)).isEqualTo("钱七");

    // H2 changes its schema outside transactions, so Flyway kept the refused run as failed (PostgreSQL rolls it back)
    Flyway.configure().dataSource(dataSource).javaMigrations(new V114__EncryptObjectorIdentities(right)).load().repair();
    Flyway.configure().dataSource(dataSource).javaMigrations(new V114__EncryptObjectorIdentities(right)).load().migrate();
    assertThat(right.decrypt(jdbc.queryForObject("select objector_name from objection", String.class))).isEqualTo("钱七");
  }
}
