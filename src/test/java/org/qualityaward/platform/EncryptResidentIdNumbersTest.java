package org.qualityaward.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Flyway V82 on rows written in plain text before V81, on a database of its own. */
class EncryptResidentIdNumbersTest {

  static final String PERSON = "11010519491231002X";
  static final String COMPANY = "91130602MA0E12342B";

  @Test
  @DisplayName("ID numbers stored before encryption are encrypted, hashed for lookups, and an individual's applicant keys become the hash")
  void encryptsEarlierRows() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:v82;DB_CLOSE_DELAY=-1");
    byte[] secret = new byte[32];
    Arrays.fill(secret, (byte) 3);
    PersonalDataCipher cipher = new PersonalDataCipher(secret);
    Flyway.configure().dataSource(dataSource).target("81").load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.update("insert into edition (id, version, edition_year, name, application_deadline, stage, created_at)"
        + " values (1, 0, 2025, '2025年度', date '2025-03-31', 'CLOSED', current_timestamp)");
    String application = "insert into application (version, edition_id, kind, recommender_code, stage, applicant_name,"
        + " applicant_key, active_applicant_key, id_number, submitted_at)"
        + " values (0, 1, ?, 'R-ASSOC-QA', 'CLOSED', '申报人', ?, ?, ?, current_timestamp)";
    jdbc.update(application, "INDIVIDUAL", PERSON, PERSON, PERSON);
    jdbc.update(application, "ORGANIZATION", COMPANY, COMPANY, null);
    jdbc.update("insert into honour (id, holder_name, kind, award_level, holder_id_number, awarded_on, valid_until,"
        + " state) values (1, '李四', 'INDIVIDUAL', 'AWARD', ?, date '2020-06-01', date '2025-05-31', 'REVOKED')", PERSON);
    jdbc.update("insert into ban (subject_name, subject_id_number, revoked_on, banned_until, honour_id, grounds)"
        + " values ('李四', ?, date '2024-01-10', date '2029-01-10', 1, '弄虚作假')", PERSON);

    Flyway.configure().dataSource(dataSource).javaMigrations(new V82__EncryptResidentIdNumbers(cipher)).load().migrate();

    Map<String, Object> person = jdbc.queryForMap(
        "select id_number, applicant_key, active_applicant_key from application where kind = 'INDIVIDUAL'");
    assertThat(cipher.decrypt((String) person.get("id_number"))).isEqualTo(PERSON);
    assertThat(person.get("applicant_key")).isEqualTo(cipher.lookupHash(PERSON));
    assertThat(person.get("active_applicant_key")).isEqualTo(cipher.lookupHash(PERSON));
    assertThat(jdbc.queryForMap("select applicant_key, id_number from application where kind = 'ORGANIZATION'"))
        .containsEntry("applicant_key", COMPANY).containsEntry("id_number", null);
    Map<String, Object> honour = jdbc.queryForMap("select holder_id_number, holder_id_hash from honour");
    assertThat(cipher.decrypt((String) honour.get("holder_id_number"))).isEqualTo(PERSON);
    assertThat(honour.get("holder_id_hash")).isEqualTo(cipher.lookupHash(PERSON));
    Map<String, Object> ban = jdbc.queryForMap("select subject_id_number, subject_id_hash from ban");
    assertThat(cipher.decrypt((String) ban.get("subject_id_number"))).isEqualTo(PERSON);
    assertThat(ban.get("subject_id_hash")).isEqualTo(cipher.lookupHash(PERSON));
  }
}
