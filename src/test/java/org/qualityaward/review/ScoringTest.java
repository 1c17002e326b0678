package org.qualityaward.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.testing.EngineClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/** Member scores, their visibility and the panel report against the real database. */
@SpringBootTest
@AutoConfigureMockMvc
class ScoringTest {

  @Autowired Scoring scoring;
  @Autowired ScoredCases cases;

  private Long applicationId;

  @BeforeEach
  void setUp() {
    EngineClock.startOf(LocalDate.of(2026, 3, 2));
    applicationId = cases.organization(cases.edition());
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  @DisplayName("Art 5, 18: a member's scores are stored on the current GB/T 19580 sheet with their total")
  void submits() {
    MemberScore score = scoring.submit(applicationId, ReviewStage.DOCUMENT_REVIEW, "expert01",
        cases.itemsTotalling(applicationId, new BigDecimal("876.5")));

    assertThat(score.getTotal()).isEqualByComparingTo("876.5");
    assertThat(score.getSheetId()).isEqualTo("GBT19580-ORG");
    assertThat(score.getItems()).hasSize(7);
    assertThat(score.getSubmittedAt()).isNotNull();
  }

  @Test
  @DisplayName("Art 18: a score over a maximum is refused with field problems; a second submission is 409")
  void refusesOverMaximumAndSecondSubmission() {
    List<CategoryScore> items = cases.itemsTotalling(applicationId, new BigDecimal("1000.5"));

    assertThatThrownBy(() -> scoring.submit(applicationId, ReviewStage.DOCUMENT_REVIEW, "expert01", items))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .singleElement().satisfies(p -> assertThat(p.message()).contains("RESULTS").contains("400")));

    List<CategoryScore> valid = cases.itemsTotalling(applicationId, new BigDecimal("800"));
    scoring.submit(applicationId, ReviewStage.DOCUMENT_REVIEW, "expert01", valid);
    assertThatThrownBy(() -> scoring.submit(applicationId, ReviewStage.DOCUMENT_REVIEW, "expert01", valid))
        .isInstanceOf(ConflictException.class).hasMessageContaining("已提交");
    // the on-site stage is a separate score
    scoring.submit(applicationId, ReviewStage.ONSITE_REVIEW, "expert01", valid);
  }

  @Test
  @DisplayName("Art 18: with a member beyond 15% of the mean the leader must record a consensus note; the report is formed once")
  void consolidationNeedsNoteWhenFlagged() {
    submitTotals("950", "650", "800");

    assertThatThrownBy(() -> scoring.consolidate(applicationId, ReviewStage.DOCUMENT_REVIEW, "expert01", " ",
        cases.agreed(applicationId)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .singleElement().satisfies(p -> {
              assertThat(p.field()).isEqualTo("consensusNote");
              assertThat(p.message()).contains("expert01").contains("expert02").contains("15%");
            }));

    PanelReport report = scoring.consolidate(applicationId, ReviewStage.DOCUMENT_REVIEW, "expert01", "经合议，维持各自评分",
        cases.agreed(applicationId));
    assertThat(report.getPanelScore()).isEqualByComparingTo("800");
    assertThat(report.flaggedMembers()).containsExactly("expert01", "expert02");
    assertThat(report.getEditionId()).isNotNull();
    assertThatThrownBy(() -> scoring.consolidate(applicationId, ReviewStage.DOCUMENT_REVIEW, "expert01", "再次",
        cases.agreed(applicationId)))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  @DisplayName("Art 10: a panel report needs at least 3 member scores")
  void consolidationNeedsThreeMembers() {
    scoring.submit(applicationId, ReviewStage.ONSITE_REVIEW, "expert01",
        cases.itemsTotalling(applicationId, new BigDecimal("800")));

    assertThatThrownBy(() -> scoring.consolidate(applicationId, ReviewStage.ONSITE_REVIEW, "expert01", null,
        cases.agreed(applicationId)))
        .isInstanceOf(ConflictException.class).hasMessageContaining("至少 3 名");
  }

  private void submitTotals(String... totals) {
    for (int i = 0; i < totals.length; i++) {
      scoring.submit(applicationId, ReviewStage.DOCUMENT_REVIEW, "expert0" + (i + 1),
          cases.itemsTotalling(applicationId, new BigDecimal(totals[i])));
    }
  }
}
