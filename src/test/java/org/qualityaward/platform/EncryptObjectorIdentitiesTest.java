package org.qualityaward.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Flyway V114 on an objection stored in plain text before it, on a database of its own. */
class EncryptObjectorIdentitiesTest {

  @Test
  @DisplayName("an objector's name and contact stored before V114 are encrypted, in columns wide enough for 50 Chinese characters")
  void encryptsEarlierObjections() {
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

    Flyway.configure().dataSource(dataSource).javaMigrations(new V114__EncryptObjectorIdentities(cipher)).load().migrate();

    Map<String, Object> objection = jdbc.queryForMap("select objector_name, contact from objection");
    assertThat(cipher.decrypt((String) objection.get("objector_name"))).isEqualTo("王五");
    assertThat(cipher.decrypt((String) objection.get("contact"))).isEqualTo("13800000000");
    String longest = "异".repeat(50);
    assertThat(cipher.encrypt(longest).length()).isLessThanOrEqualTo(500);
    jdbc.update("update objection set objector_name = ?", cipher.encrypt(longest));
  }
}
