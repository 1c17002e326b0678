package org.qualityaward.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.eligibility.IndividualProfile;
import org.qualityaward.eligibility.OrganizationProfile;
import org.qualityaward.platform.PersonalDataSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The repository's own queries against the Flyway-created tables (H2 in memory): Art 13's other-kind
 * check and the counts by stage and outcome, built without JPQL strings (issue 16, start-up).
 */
@DataJpaTest
@Import(PersonalDataSettings.class)
class ApplicationRepositoryTest {

  static final String COMPANY = "91130602MA0E12342B";
  static final String OTHER_COMPANY = "91130606MA0D567829";

  @Autowired ApplicationRepository applications;
  @Autowired JdbcTemplate jdbc;

  private long edition;
  private long otherEdition;

  @BeforeEach
  void editions() {
    edition = edition(2091);
    otherEdition = edition(2092);
  }

  @Test
  @DisplayName("Art 13: an organisation's application counts against its employee's, and the employee's against it")
  void otherKindOfTheSameOrganisation() {
    Application company = applications.save(organisation(edition, COMPANY));
    Application employee = applications.save(individual(edition, COMPANY));

    assertThat(applications.existsOtherKind(edition, COMPANY, ApplicationKind.INDIVIDUAL, null)).isTrue();
    assertThat(applications.existsOtherKind(edition, COMPANY, ApplicationKind.ORGANIZATION, null)).isTrue();
    // the application being checked is not its own other kind; other organisations and editions do not count
    assertThat(applications.existsOtherKind(edition, COMPANY, ApplicationKind.INDIVIDUAL, company.getId()))
        .isFalse();
    assertThat(applications.existsOtherKind(edition, OTHER_COMPANY, ApplicationKind.INDIVIDUAL, null)).isFalse();
    assertThat(applications.existsOtherKind(otherEdition, COMPANY, ApplicationKind.INDIVIDUAL, null)).isFalse();

    // an ineligible application no longer counts (its active applicant key is cleared)
    employee.end(ApplicationOutcome.INELIGIBLE, "不符合申报条件");
    applications.saveAndFlush(employee);
    assertThat(applications.existsOtherKind(edition, COMPANY, ApplicationKind.ORGANIZATION, null)).isFalse();
  }

  @Test
  @DisplayName("cases by stage and outcome, of one edition and of all")
  void countsByStageAndOutcome() {
    applications.save(organisation(edition, COMPANY));
    applications.save(organisation(edition, OTHER_COMPANY));
    Application ended = applications.save(individual(otherEdition, COMPANY));
    ended.end(ApplicationOutcome.NOT_RECOMMENDED, "未获推荐");
    applications.saveAndFlush(ended);

    assertThat(applications.countByStageAndOutcome(edition))
        .containsExactly(new CaseCount(ApplicationStage.SUBMITTED, null, 2));
    assertThat(applications.countAllByStageAndOutcome()).containsExactlyInAnyOrder(
        new CaseCount(ApplicationStage.SUBMITTED, null, 2),
        new CaseCount(ApplicationStage.CLOSED, ApplicationOutcome.NOT_RECOMMENDED, 1));
  }

  private long edition(int year) {
    jdbc.update("insert into edition (version, edition_year, name, application_deadline, stage, created_at)"
        + " values (0, ?, ?, ?, 'APPLICATION', ?)", year, year + "年度", LocalDate.of(year, 3, 31), LocalDateTime.now());
    return jdbc.queryForObject("select id from edition where edition_year = ?", Long.class, year);
  }

  private static Application organisation(long editionId, String creditCode) {
    return new Application(editionId, ApplicationKind.ORGANIZATION, "R-JX-MSR",
        new OrganizationProfile("保定某精密机械有限公司", creditCode, LocalDate.of(2014, 6, 1), "保定市竞秀区市场监督管理局",
            "河北省保定市竞秀区朝阳北大街 1 号", null, "C34", true, "赵建华"),
        null, "ORG:" + creditCode + ":" + editionId, true, "自评", "applicant1", LocalDateTime.now());
  }

  private static Application individual(long editionId, String employerCreditCode) {
    return new Application(editionId, ApplicationKind.INDIVIDUAL, "R-ASSOC-QA", null,
        new IndividualProfile("钱雅琴", "13060219780315203X", employerCreditCode, LocalDate.of(2009, 9, 1), false, "C38"),
        "IND:13060219780315203X:" + editionId, true, "自评", "applicant2", LocalDateTime.now());
  }
}
