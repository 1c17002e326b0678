package org.qualityaward.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.edition.EditionStage;

/** Which cases the office may end as disqualified on a founded complaint (Art 9(6), 17). */
class DisqualificationOnComplaintTest {

  private static final EditionStage EDITION = EditionStage.ONSITE_REVIEW;

  @Test
  @DisplayName("Art 17-19: an accepted case still under evaluation may be disqualified, from the accepted list to the"
      + " on-site report")
  void underEvaluation() {
    for (ApplicationStage stage : EnumSet.range(ApplicationStage.ACCEPTED, ApplicationStage.ONSITE_REVIEWED)) {
      assertThat(ApplicationCases.whyNotDisqualifiable("BDQA-2026-001", EDITION, stage, null)).as(stage.name())
          .isEmpty();
    }
  }

  @Test
  @DisplayName("Art 16, 17: before acceptance the recommending unit or the qualification review decides instead")
  void notYetAccepted() {
    for (ApplicationStage stage : EnumSet.range(ApplicationStage.SUBMITTED, ApplicationStage.QUALIFICATION_REVIEW)) {
      assertThat(ApplicationCases.whyNotDisqualifiable("BDQA-2026-001", EDITION, stage, null)).as(stage.name())
          .hasValueSatisfying(why -> assertThat(why).contains("尚未受理", stage.label(), "第十六条", "第十七条"));
    }
  }

  @Test
  @DisplayName("Art 30: a case with its outcome is no candidate; a holder's honour is revoked instead")
  void outcomeDecided() {
    assertThat(ApplicationCases.whyNotDisqualifiable("BDQA-2026-001", EDITION, ApplicationStage.CLOSED,
        ApplicationOutcome.AWARD)).hasValueSatisfying(why -> assertThat(why).contains("已有结果", "第三十条"));
    assertThat(ApplicationCases.whyNotDisqualifiable("BDQA-2026-001", EDITION, ApplicationStage.CLOSED,
        ApplicationOutcome.NOT_AWARDED)).hasValueSatisfying(why -> assertThat(why).contains("已有结果")
        .doesNotContain("第三十条"));
  }

  @Test
  @DisplayName("Art 20-22: through the ranking, the proposal and its publicity, but not once the list is with the city"
      + " government")
  void untilTheCityApproves() {
    for (EditionStage edition : EnumSet.range(EditionStage.ACCEPTED_LIST_PUBLICITY, EditionStage.PROPOSED_LIST_PUBLICITY)) {
      assertThat(ApplicationCases.whyNotDisqualifiable("BDQA-2026-001", edition, ApplicationStage.ONSITE_REVIEWED, null))
          .as(edition.name()).isEmpty();
    }
    assertThat(ApplicationCases.whyNotDisqualifiable("BDQA-2026-001", EditionStage.CITY_APPROVAL,
        ApplicationStage.ONSITE_REVIEWED, null))
        .hasValueSatisfying(why -> assertThat(why).contains("市政府审批", "第二十二条"));
  }

  @Test
  @DisplayName("Art 33: a renewal is the holder's re-evaluation, not an edition's candidate")
  void renewal() {
    assertThat(ApplicationCases.whyNotDisqualifiable("BDQA-2026-001", null, ApplicationStage.DOCUMENT_REVIEW, null))
        .hasValueSatisfying(why -> assertThat(why).contains("复评", "第三十三条"));
  }
}
