package org.qualityaward.eligibility;

import java.time.LocalDate;

/** Honours and bans for the GROUP, HOLDER and BAN tests. */
final class HonourFixtures {

  private HonourFixtures() {}

  /** An award granted on {@code awardedOn}, valid through the day before its fifth anniversary. */
  static HeldHonour award(String holderName, String holderCreditCode, LocalDate awardedOn) {
    return new HeldHonour(
        1L, holderName, holderCreditCode, "市政府质量奖", true, awardedOn,
        awardedOn.plusYears(5).minusDays(1), false);
  }

  /** A nomination (提名奖) granted on {@code awardedOn}, valid as long as an award. */
  static HeldHonour nomination(String holderName, String holderCreditCode, LocalDate awardedOn) {
    return new HeldHonour(
        2L, holderName, holderCreditCode, "市政府质量奖提名奖", false, awardedOn,
        awardedOn.plusYears(5).minusDays(1), false);
  }

  static HeldHonour revoked(HeldHonour h) {
    return new HeldHonour(
        h.honourId(), h.holderName(), h.holderCreditCode(), h.levelLabel(), h.award(), h.awardedOn(),
        h.validUntil(), true);
  }

  static RecordedBan ban(String subjectName, LocalDate revokedOn) {
    return new RecordedBan(subjectName, revokedOn, revokedOn.plusYears(5), "以贿赂手段骗取荣誉");
  }
}
