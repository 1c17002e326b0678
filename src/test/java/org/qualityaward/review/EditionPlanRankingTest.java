package org.qualityaward.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.edition.PlanFigures;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.testing.EngineClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/** The ranking and the panels apply the edition's approved plan, not the configured figures (Art 6, 8(1), 10, 20). */
@SpringBootTest
@AutoConfigureMockMvc
class EditionPlanRankingTest {

  @Autowired ScoredCases cases;
  @Autowired Rankings rankings;
  @Autowired Scoring scoring;

  @BeforeEach
  void setUp() {
    EngineClock.startOf(LocalDate.of(2026, 3, 2));
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  @DisplayName("Art 6, 8(1): a plan of 2 organisation awards and 1 nomination gives at most 2 awards and 1 nomination")
  void rankingUsesThePlansQuotas() {
    Long edition = cases.edition(new PlanFigures(null, 2, null, 1, null, null, null, null, null, null, null));
    Long first = scored(edition, "900");
    Long second = scored(edition, "850");
    Long third = scored(edition, "800");
    Long fourth = scored(edition, "750");

    List<Rankings.Entry> ranked = rankings.ranking(edition).cases();

    assertThat(ranked).extracting(Rankings.Entry::applicationId, Rankings.Entry::proposedLevel).containsExactly(
        tuple(first, "AWARD"), tuple(second, "AWARD"),
        tuple(third, "NOMINATION"), tuple(fourth, "NONE"));
    // the office's changes to the proposal stay within the same places
    assertThat(rankings.places(edition)).isEqualTo(new Rankings.Places(
        Map.of(ApplicationKind.ORGANIZATION, 2, ApplicationKind.INDIVIDUAL, 5), 1));
  }

  @Test
  @DisplayName("Art 10, 8(1): a plan of 4-member panels needs 4 members' scores before the report is formed")
  void panelReportUsesThePlansPanelSize() {
    Long edition = cases.edition(new PlanFigures(null, null, null, null, null, null, 4, null, null, null, null));
    Long applicationId = cases.organization(edition);
    for (int member = 1; member <= 3; member++) {
      scoring.submit(applicationId, ReviewStage.DOCUMENT_REVIEW, "expert0" + member,
          cases.itemsTotalling(applicationId, new BigDecimal("800")));
    }

    assertThatThrownBy(() -> scoring.consolidate(applicationId, ReviewStage.DOCUMENT_REVIEW, "expert01", null,
        cases.agreed(applicationId)))
        .isInstanceOf(ConflictException.class).hasMessageContaining("至少 4 名（第十条）");
  }

  private Long scored(Long edition, String total) {
    Long applicationId = cases.organization(edition);
    cases.scoreBothStages(applicationId, total);
    return applicationId;
  }
}
