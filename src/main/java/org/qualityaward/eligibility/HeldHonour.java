package org.qualityaward.eligibility;

import java.time.LocalDate;

/**
 * An honour as the rules see it. {@code validUntil} is the last day of validity; {@code
 * levelLabel} is the Chinese name of the level (市政府质量奖 / 提名奖); {@code award} is true for the
 * award itself, false for a nomination.
 */
public record HeldHonour(
    Long honourId,
    String holderName,
    String holderCreditCode,
    String levelLabel,
    boolean award,
    LocalDate awardedOn,
    LocalDate validUntil,
    boolean revoked) {

  /**
   * Valid at a date: awarded on or before it, and the date not after the last day of validity.
   * A revoked honour is never valid (BAN takes over); an expired one still counts for a date it
   * covered, so a re-check after the expiry timer fired gives the same answer.
   */
  public boolean validAt(LocalDate date) {
    return !revoked && !awardedOn.isAfter(date) && !validUntil.isBefore(date);
  }

  String describe() {
    return "%s于 %s 获%s，有效期至 %s".formatted(holderName, awardedOn, levelLabel, validUntil);
  }
}
