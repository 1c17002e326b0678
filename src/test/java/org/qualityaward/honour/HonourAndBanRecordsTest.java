package org.qualityaward.honour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.eligibility.Declarations;
import org.qualityaward.eligibility.EligibilityInput;
import org.qualityaward.eligibility.EligibilityRules;
import org.qualityaward.eligibility.Finding;
import org.qualityaward.eligibility.HeldHonour;
import org.qualityaward.eligibility.IndividualProfile;
import org.qualityaward.eligibility.OrganizationProfile;
import org.qualityaward.platform.PersonalDataCipher;
import org.qualityaward.platform.PersonalDataSettings;
import org.qualityaward.revocation.Ban;
import org.qualityaward.revocation.BanRecordsAdapter;
import org.qualityaward.revocation.BanRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * GROUP, HOLDER and BAN against the Flyway-created tables (H2 in memory), a person's ID number stored
 * encrypted and found by its keyed hash.
 */
@DataJpaTest
@Import({HonourRecordsAdapter.class, BanRecordsAdapter.class, PersonalDataSettings.class})
class HonourAndBanRecordsTest {

  static final LocalDate DEADLINE = LocalDate.of(2027, 3, 31);
  static final String APPLICANT = "91130602MA0E12342B";
  static final String GROUP = "91130600100000016L";
  static final String SIBLING = "91130605MA0F00019L";
  static final String OTHER = "91130606MA0G00028K";
  static final String PERSON = "130602198001010018";

  @Autowired HonourRepository honours;
  @Autowired BanRepository bans;
  @Autowired HonourRecordsAdapter honourRecords;
  @Autowired BanRecordsAdapter banRecords;
  @Autowired PersonalDataCipher cipher;
  @Autowired DataSource dataSource;
  @Autowired TestEntityManager entityManager;

  private EligibilityRules rules;

  @BeforeEach
  void setUp() {
    rules = new EligibilityRules((edition, code, kind, excluding) -> false, honourRecords, banRecords);
  }

  private Honour organisationHonour(
      String name, String code, String group, LocalDate awardedOn, HonourState state) {
    return honours.save(
        new Honour(
            name, ApplicationKind.ORGANIZATION, AwardLevel.AWARD, code, null, null, group, 1L,
            awardedOn, awardedOn.plusYears(5).minusDays(1), state));
  }

  private EligibilityInput organisation(String group) {
    return new EligibilityInput(
        7L, 2L, DEADLINE, DEADLINE, ApplicationKind.ORGANIZATION,
        new OrganizationProfile(
            "保定某精密机械有限公司", APPLICANT, LocalDate.of(2014, 6, 1), "保定市市场监督管理局",
            "河北省保定市莲池区东风东路 9 号", group, "C34", true, "张三"),
        null, new Declarations(true, null, null), null);
  }

  private EligibilityInput person() {
    return new EligibilityInput(
        8L, 2L, DEADLINE, DEADLINE, ApplicationKind.INDIVIDUAL, null,
        new IndividualProfile("李四", PERSON, OTHER, LocalDate.of(2015, 9, 1), false, "C34"),
        new Declarations(true, null, null), null);
  }

  private Map<String, Finding> findings(EligibilityInput input) {
    return rules.check(input).stream().collect(Collectors.toMap(Finding::rule, f -> f));
  }

  @Test
  @DisplayName("Art 14: a sibling's valid honour in the honour table bars the subsidiary; revoked and foreign ones do not")
  void groupAgainstTable() {
    organisationHonour("兄弟公司", SIBLING, GROUP, DEADLINE.minusYears(2), HonourState.VALID);
    organisationHonour("已撤销的兄弟公司", OTHER, GROUP, DEADLINE.minusYears(1), HonourState.REVOKED);
    organisationHonour("别的集团成员", OTHER, "91130600MA0H00010M", DEADLINE.minusYears(1), HonourState.VALID);

    assertThat(honourRecords.ofGroup(GROUP))
        .extracting(HeldHonour::holderName, HeldHonour::revoked)
        .containsExactlyInAnyOrder(
            tuple("兄弟公司", false),
            tuple("已撤销的兄弟公司", true));
    Finding group = findings(organisation(GROUP)).get("GROUP");
    assertThat(group.passed()).isFalse();
    assertThat(group.message()).contains("兄弟公司于 2025-03-31 获市政府质量奖").doesNotContain("已撤销");
    assertThat(findings(organisation(null)).get("GROUP").passed()).isTrue();
  }

  @Test
  @DisplayName("Art 14: the group company's own honour bars its subsidiary; individual honours never do")
  void groupCompanyHonour() {
    organisationHonour("保定某集团有限公司", GROUP, null, DEADLINE.minusYears(1), HonourState.VALID);
    honours.save(
        new Honour(
            "集团董事长", ApplicationKind.INDIVIDUAL, AwardLevel.NOMINATION, null, PERSON, cipher.lookupHash(PERSON),
            GROUP, 1L,
            DEADLINE.minusYears(1), DEADLINE.plusYears(4), HonourState.VALID));

    assertThat(honourRecords.ofGroup(GROUP)).extracting(HeldHonour::holderName).containsExactly("保定某集团有限公司");
    assertThat(findings(organisation(GROUP)).get("GROUP").passed()).isFalse();
  }

  @Test
  @DisplayName("Art 33: a valid award in the table makes the organisation a holder; an expired one does not, nor does a person's valid nomination (Art 3)")
  void holderAgainstTable() {
    organisationHonour("保定某精密机械有限公司", APPLICANT, null, DEADLINE.minusYears(5), HonourState.EXPIRED);
    assertThat(findings(organisation(null)).get("HOLDER").passed()).isTrue();

    organisationHonour("保定某精密机械有限公司", APPLICANT, null, DEADLINE, HonourState.VALID);
    honours.save(
        new Honour(
            "李四", ApplicationKind.INDIVIDUAL, AwardLevel.NOMINATION, null, PERSON, cipher.lookupHash(PERSON), null, 1L,
            DEADLINE.minusYears(2), DEADLINE.plusYears(3), HonourState.VALID));

    assertThat(honourRecords.ofOrganization(APPLICANT)).hasSize(2);
    assertThat(findings(organisation(null)).get("HOLDER").passed()).isFalse();
    Finding person = findings(person()).get("HOLDER");
    assertThat(person.passed()).isTrue();
    assertThat(person.message()).startsWith("李四于 2025-03-31 获市政府质量奖提名奖").endsWith("提名奖不妨碍申报市政府质量奖（第三条、第三十三条）");
  }

  @Test
  @DisplayName("Art 32: bans in the table bar until, not on, bannedUntil — for organisations and persons; one ban an honour")
  void banAgainstTable() {
    Honour revoked =
        organisationHonour("保定某精密机械有限公司", APPLICANT, null, LocalDate.of(2020, 5, 1), HonourState.REVOKED);
    LocalDate revokedOn = DEADLINE.minusYears(5);
    bans.save(new Ban("保定某精密机械有限公司", APPLICANT, null, null, revokedOn, revokedOn.plusYears(5), revoked.getId(),
        "弄虚作假"));
    Honour personal = honours.save(new Honour("李四", ApplicationKind.INDIVIDUAL, AwardLevel.AWARD, null, PERSON,
        cipher.lookupHash(PERSON), null, 1L, LocalDate.of(2020, 5, 1), LocalDate.of(2025, 4, 30), HonourState.REVOKED));
    bans.save(new Ban("李四", null, PERSON, cipher.lookupHash(PERSON), DEADLINE.minusYears(1), DEADLINE.plusYears(4),
        personal.getId(), "弄虚作假"));

    assertThat(banRecords.ofOrganization(APPLICANT)).hasSize(1);
    assertThat(findings(organisation(null)).get("BAN").passed()).isTrue();
    Finding person = findings(person()).get("BAN");
    assertThat(person.passed()).isFalse();
    assertThat(person.message()).contains("2031-03-31 起方可再次申报");
    assertThat(banRecords.ofPerson("11010519491231002X")).isEmpty();
    // (last: the failed insert ends the test's transaction) Art 30, 32: an honour is revoked once; a second ban of it (two revocations decided at once) is refused
    assertThatThrownBy(() -> bans.saveAndFlush(new Ban("保定某精密机械有限公司", APPLICANT, null, null, revokedOn,
        revokedOn.plusYears(5), revoked.getId(), "弄虚作假")))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  @DisplayName("Art 33: the table refuses an honour without its holder's identifier")
  void holderIdentifierRequired() {
    var invalid =
        new Honour(
            "无代码组织", ApplicationKind.ORGANIZATION, AwardLevel.AWARD, null, null, null, null, 1L,
            DEADLINE, DEADLINE.plusYears(5), HonourState.VALID);
    assertThatThrownBy(() -> honours.saveAndFlush(invalid))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  @DisplayName("PIPL: a person's ID number is stored encrypted in honour and ban, beside the keyed hash HOLDER and BAN look up")
  void idNumbersEncryptedAtRest() {
    Honour honour = honours.saveAndFlush(
        new Honour(
            "李四", ApplicationKind.INDIVIDUAL, AwardLevel.AWARD, null, PERSON, cipher.lookupHash(PERSON), null, 1L,
            DEADLINE.minusYears(6), DEADLINE.minusYears(1), HonourState.REVOKED));
    bans.saveAndFlush(new Ban("李四", null, PERSON, cipher.lookupHash(PERSON), DEADLINE.minusYears(1),
        DEADLINE.plusYears(4), honour.getId(), "弄虚作假"));

    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    Map<String, Object> honourRow = jdbc.queryForMap(
        "select holder_id_number, holder_id_hash from honour where id = ?", honour.getId());
    Map<String, Object> banRow = jdbc.queryForMap(
        "select subject_id_number, subject_id_hash from ban where honour_id = ?", honour.getId());
    assertThat(honourRow.values()).allSatisfy(v -> assertThat(v.toString()).doesNotContain(PERSON));
    assertThat(banRow.values()).allSatisfy(v -> assertThat(v.toString()).doesNotContain(PERSON));
    assertThat((String) honourRow.get("holder_id_number")).startsWith("v1:")
        .isNotEqualTo(banRow.get("subject_id_number")); // a fresh IV for every value
    assertThat(honourRow.get("holder_id_hash")).isEqualTo(banRow.get("subject_id_hash"));
    entityManager.clear();
    assertThat(honours.findById(honour.getId()).orElseThrow().getHolderIdNumber()).isEqualTo(PERSON);
    assertThat(honourRecords.ofPerson(PERSON)).extracting(HeldHonour::honourId).containsExactly(honour.getId());
    assertThat(banRecords.ofPerson(PERSON)).hasSize(1);
  }
}
