package org.qualityaward.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The personal-data key stays the key of its database (PIPL; Art 32's ban found by hash). */
@SpringBootTest
class PersonalDataKeyCheckTest {

  @Autowired JdbcTemplate applicationDatabase;
  @Autowired PersonalDataCipher cipher;

  @Test
  @DisplayName("the application's start recorded the fingerprint of its key")
  void startRecordsTheKey() {
    assertThat(applicationDatabase.queryForObject("select fingerprint from personal_data_key where id = 1",
        String.class)).isEqualTo(cipher.keyFingerprint()).hasSize(44);
  }

  @Test
  @DisplayName("a new database takes the first key; the same key starts again; another key is refused, naming the setting")
  void anotherKeyIsRefused() throws IOException {
    JdbcTemplate database = freshDatabase();
    PersonalDataCipher first = new PersonalDataCipher(key(1));
    PersonalDataCipher other = new PersonalDataCipher(key(2));
    assertThat(other.keyFingerprint()).isNotEqualTo(first.keyFingerprint());

    PersonalDataKeyCheck.check(database, first);
    PersonalDataKeyCheck.check(database, first);
    assertThatThrownBy(() -> PersonalDataKeyCheck.check(database, other))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("QA_PERSONAL_DATA_KEY").hasMessageContaining("第三十二条");
    assertThat(database.queryForObject("select fingerprint from personal_data_key", String.class))
        .as("the refused start changed nothing").isEqualTo(first.keyFingerprint());
  }

  @Test
  @DisplayName("an upgraded database (personal data stored, no fingerprint yet) records the key only if it reads what is stored")
  void upgradeRecordsOnlyTheKeyThatReads() throws IOException {
    PersonalDataCipher stored = new PersonalDataCipher(key(1));
    PersonalDataCipher other = new PersonalDataCipher(key(2));
    for (PersonalDataKeyCheck.Encrypted at : PersonalDataKeyCheck.ENCRYPTED) {
      JdbcTemplate database = freshDatabase();
      database.update("insert into " + at.table() + " (" + at.column() + ") values (?)",
          stored.encrypt("130602198001011234"));

      assertThatThrownBy(() -> PersonalDataKeyCheck.check(database, other)).as(at.table())
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("QA_PERSONAL_DATA_KEY");
      assertThat(database.queryForObject("select count(*) from personal_data_key", Integer.class)).isZero();
      PersonalDataKeyCheck.check(database, stored);
      assertThat(database.queryForObject("select fingerprint from personal_data_key", String.class))
          .isEqualTo(stored.keyFingerprint());
    }
  }

  @Test
  @DisplayName("the fingerprint tells keys apart and is neither the key nor a key derived from it")
  void fingerprintRevealsNoKey() {
    PersonalDataCipher cipher = new PersonalDataCipher(key(1));
    String key = java.util.Base64.getEncoder().encodeToString(key(1));
    assertThat(cipher.keyFingerprint()).isEqualTo(new PersonalDataCipher(key(1)).keyFingerprint())
        .isNotEqualTo(key).isNotEqualTo(cipher.lookupHash("fingerprint"));
  }

  @Test
  @DisplayName("the columns the check reads on an upgrade are every column of an entity stored through EncryptedColumn")
  void checksEveryEncryptedColumn() throws ClassNotFoundException {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
    Set<PersonalDataKeyCheck.Encrypted> converted = new HashSet<>();
    for (BeanDefinition entity : scanner.findCandidateComponents("org.qualityaward")) {
      Class<?> type = Class.forName(entity.getBeanClassName());
      Table table = type.getAnnotation(Table.class);
      for (Field field : type.getDeclaredFields()) {
        Convert convert = field.getAnnotation(Convert.class);
        if (convert != null && convert.converter() == EncryptedColumn.class) {
          converted.add(new PersonalDataKeyCheck.Encrypted(
              table != null ? table.name() : snake(type.getSimpleName()), snake(field.getName())));
        }
      }
    }
    assertThat(converted).containsExactlyInAnyOrderElementsOf(PersonalDataKeyCheck.ENCRYPTED);
  }

  /** Spring Boot's physical naming: camel case to lower snake case. */
  private static String snake(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }

  private static byte[] key(int first) {
    byte[] key = new byte[PersonalDataCipher.SECRET_BYTES];
    key[0] = (byte) first;
    return key;
  }

  private static JdbcTemplate freshDatabase() throws IOException {
    JdbcTemplate database = new JdbcTemplate(new DriverManagerDataSource(
        "jdbc:h2:mem:key-check-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
    database.execute(new ClassPathResource("db/migration/V113__personal_data_key.sql")
        .getContentAsString(StandardCharsets.UTF_8));
    // the columns the check reads, as our tables have them
    PersonalDataKeyCheck.ENCRYPTED.stream().collect(Collectors.groupingBy(PersonalDataKeyCheck.Encrypted::table,
            Collectors.mapping(at -> at.column() + " varchar(1000)", Collectors.joining(", "))))
        .forEach((table, columns) -> database.execute("create table " + table + " (" + columns + ")"));
    return database;
  }
}
