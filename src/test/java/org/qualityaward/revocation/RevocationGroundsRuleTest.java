package org.qualityaward.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.honour.AwardLevel;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.revocation.RevocationGroundsRule.HonourFacts;

/** The grounds of Art 30 and what each allows, without the engine. */
class RevocationGroundsRuleTest {

  static final LocalDate AWARDED = LocalDate.of(2026, 6, 1);
  static final LocalDate VALID_UNTIL = LocalDate.of(2031, 5, 31);
  static final LocalDate TODAY = LocalDate.of(2033, 1, 10);
  static final HonourFacts ORGANISATION = new HonourFacts(ApplicationKind.ORGANIZATION, AWARDED, VALID_UNTIL);
  static final HonourFacts PERSON = new HonourFacts(ApplicationKind.INDIVIDUAL, AWARDED, VALID_UNTIL);

  private static List<FieldProblem> check(RevocationGround ground, LocalDate fact, HonourFacts honour) {
    return RevocationGroundsRule.check(ground, fact, honour, TODAY);
  }

  @Test
  @DisplayName("Art 30(1): fraud in obtaining the honour has no time limit — before the award and after expiry both count")
  void fraudHasNoTimeLimit() {
    assertThat(check(RevocationGround.FRAUD, AWARDED.minusYears(1), ORGANISATION)).isEmpty();
    assertThat(check(RevocationGround.FRAUD, VALID_UNTIL.plusYears(1), PERSON)).isEmpty();
  }

  @Test
  @DisplayName("Art 30(2): a serious spot-check failure counts within the validity, first and last day included")
  void spotCheckWithinValidity() {
    assertThat(check(RevocationGround.SPOT_CHECK_FAILURE, AWARDED, ORGANISATION)).isEmpty();
    assertThat(check(RevocationGround.SPOT_CHECK_FAILURE, VALID_UNTIL, ORGANISATION)).isEmpty();
    assertThat(check(RevocationGround.SPOT_CHECK_FAILURE, VALID_UNTIL.plusDays(1), ORGANISATION))
        .extracting(FieldProblem::field).containsExactly("factDate");
    assertThat(check(RevocationGround.SPOT_CHECK_FAILURE, AWARDED.minusDays(1), ORGANISATION))
        .extracting(FieldProblem::field).containsExactly("factDate");
  }

  @Test
  @DisplayName("Art 30(2): spot checks concern 获奖组织 only — not an individual's honour")
  void spotCheckOrganisationsOnly() {
    List<FieldProblem> problems = check(RevocationGround.SPOT_CHECK_FAILURE, AWARDED.plusYears(1), PERSON);
    assertThat(problems).extracting(FieldProblem::field).containsExactly("ground");
    assertThat(problems.get(0).message()).contains("仅适用于获奖组织");
  }

  @Test
  @DisplayName("Art 30(3): an accident counts only within the validity (有效期内)")
  void accidentWithinValidity() {
    assertThat(check(RevocationGround.ACCIDENT, AWARDED.plusYears(2), PERSON)).isEmpty();
    List<FieldProblem> late = check(RevocationGround.ACCIDENT, VALID_UNTIL.plusDays(1), ORGANISATION);
    assertThat(late).extracting(FieldProblem::field).containsExactly("factDate");
    assertThat(late.get(0).message()).contains("不在有效期 2026-06-01 至 2031-05-31 内");
  }

  @Test
  @DisplayName("Art 30(4), Art 26: violations and misuse in advertising count within the validity and are recorded as 30(4)")
  void violationAndMisuse() {
    assertThat(check(RevocationGround.VIOLATION, AWARDED.plusDays(10), ORGANISATION)).isEmpty();
    assertThat(check(RevocationGround.VIOLATION, AWARDED.minusDays(1), ORGANISATION)).hasSize(1);
    assertThat(RevocationGround.VIOLATION.article()).isEqualTo("Art 30(4)");
    assertThat(RevocationGround.VIOLATION.label()).contains("第二十六条");
  }

  @Test
  @DisplayName("Art 30: a ground and a fact date are required, and the fact cannot lie in the future")
  void requiredAndNotFuture() {
    assertThat(check(null, null, ORGANISATION)).extracting(FieldProblem::field).containsExactly("ground", "factDate");
    assertThat(check(RevocationGround.FRAUD, TODAY.plusDays(1), ORGANISATION))
        .extracting(FieldProblem::field).containsExactly("factDate");
  }

  @Test
  @DisplayName("Art 23, 24, 30, 33: an award's holder returns trophy, plaque, certificate and the prize money it was paid"
      + " (none on a renewal); a nomination's plaque and certificate")
  void recallItemsFollowWhatWasHandedOver() {
    assertThat(RecallItemKind.forHonour(AwardLevel.AWARD, true)).extracting(RecallItemKind::label)
        .containsExactly("水晶鼎（杯）", "奖牌", "证书", "奖金");
    assertThat(RecallItemKind.forHonour(AwardLevel.AWARD, false)).extracting(RecallItemKind::label)
        .containsExactly("水晶鼎（杯）", "奖牌", "证书");
    assertThat(RecallItemKind.forHonour(AwardLevel.NOMINATION, false)).containsExactly(RecallItemKind.PLAQUE,
        RecallItemKind.CERTIFICATE);
  }
}
