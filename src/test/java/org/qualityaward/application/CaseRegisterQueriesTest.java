package org.qualityaward.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
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
 * The case register's queries on an edition of 3,000 cases (issue 17: the register stays fast at thousands):
 * every filter narrows in the database, a page is one page of rows, stages sort in the order of Art 16-19.
 */
@DataJpaTest
@Import(PersonalDataSettings.class)
class CaseRegisterQueriesTest {

  private static final int CASES = 3000;

  @Autowired ApplicationRepository applications;
  @Autowired JdbcTemplate jdbc;

  private long edition;

  @BeforeEach
  void editionOfThousands() {
    jdbc.update("insert into edition (version, edition_year, name, application_deadline, stage, created_at)"
        + " values (0, 2093, '2093年度', ?, 'APPLICATION', ?)", LocalDate.of(2093, 3, 31), LocalDateTime.now());
    edition = jdbc.queryForObject("select id from edition where edition_year = 2093", Long.class);
    List<Application> cases = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      Application application = i % 3 == 2
          ? new Application(edition, ApplicationKind.INDIVIDUAL, "R-ASSOC-QA", null,
              new IndividualProfile("质量工匠" + i, "13060219780315203X", "91130602MA0E12342B", LocalDate.of(2009, 9, 1),
                  false, "C38"), "IND:" + i, true, "自评", "applicant2", LocalDateTime.now())
          : new Application(edition, ApplicationKind.ORGANIZATION, i % 2 == 0 ? "R-JX-MSR" : "R-CITY-IIT",
              new OrganizationProfile("保定某精密机械有限公司" + i, String.format("91130602MA%08d", i), LocalDate.of(2014, 6, 1),
                  "保定市竞秀区市场监督管理局", "河北省保定市竞秀区朝阳北大街 1 号", null, "C34", true, "赵建华"),
              null, "ORG:" + i, true, "自评", "applicant1", LocalDateTime.now());
      // a spread of stages and endings, as an edition in review has them
      if (i % 10 == 0) {
        application.end(ApplicationOutcome.NOT_RECOMMENDED, "未获推荐");
      } else if (i % 10 < 4) {
        application.enter(ApplicationStage.DOCUMENT_REVIEW);
      } else if (i % 10 < 6) {
        application.enter(ApplicationStage.ACCEPTED);
      }
      cases.add(application);
    }
    applications.saveAll(cases);
    applications.flush();
  }

  @Test
  @DisplayName("each filter narrows in the database: the count of all and one page of rows")
  void filtersAndCounts() {
    CaseFilter all = new CaseFilter(edition, null, null, null, null, null);
    assertThat(applications.countRows(all)).isEqualTo(CASES);
    assertThat(applications.findRows(all, CaseOrder.NUMBER, false, 0, 50)).hasSize(50);
    assertThat(applications.countRows(new CaseFilter(edition, null, ApplicationKind.INDIVIDUAL, null, null, null)))
        .isEqualTo(CASES / 3);
    assertThat(applications.countRows(new CaseFilter(edition, ApplicationStage.CLOSED, null, null,
        ApplicationOutcome.NOT_RECOMMENDED, null))).isEqualTo(CASES / 10);
    assertThat(applications.countRows(new CaseFilter(edition, null, ApplicationKind.ORGANIZATION, "R-CITY-IIT", null, null)))
        .isEqualTo(CASES / 3);
    // part of a name; the start of a credit code, whatever its case
    assertThat(applications.findRows(new CaseFilter(edition, null, null, null, null, "精密机械有限公司2998"),
        CaseOrder.NUMBER, false, 0, 50)).extracting(CaseRow::applicantName).containsExactly("保定某精密机械有限公司2998");
    // the organisations among cases 2990-2999 (every third is an individual, who has no credit code of their own)
    assertThat(applications.countRows(new CaseFilter(edition, null, null, null, null, "91130602ma0000299"))).isEqualTo(6);
  }

  @Test
  @DisplayName("stages sort in the order of Art 16-19, not alphabetically; ties keep the order of filing")
  void stagesInTheirOrder() {
    CaseFilter all = new CaseFilter(edition, null, null, null, null, null);
    List<CaseRow> first = applications.findRows(all, CaseOrder.STAGE, false, 0, CASES);
    assertThat(first).extracting(CaseRow::stage).isSortedAccordingTo(Enum::compareTo);
    assertThat(first.get(0).stage()).isEqualTo(ApplicationStage.SUBMITTED);
    assertThat(first.get(CASES - 1).stage()).isEqualTo(ApplicationStage.CLOSED);
    List<CaseRow> submitted = first.subList(0, 10);
    assertThat(submitted).extracting(CaseRow::id).isSorted();
    assertThat(applications.findRows(all, CaseOrder.STAGE, true, 0, 1).get(0).stage()).isEqualTo(ApplicationStage.CLOSED);
  }
}
