package org.qualityaward.eligibility;

import java.time.LocalDate;

/**
 * The "5年以上" and "近5年内" of Art 11 and 12, read as Chinese law reads 以上/以内: inclusive in
 * the applicant's favour. Years are calendar years ({@link LocalDate#plusYears}: 29 Feb + 5 years
 * is 28 Feb).
 */
final class FiveYears {

  /** Art 11(2), (6), (7) and Art 12(2): the figure forms and pages quote (QuotedYearsTest checks they agree). */
  static final int YEARS = 5;

  private FiveYears() {}

  /** The day five full years from {@code since} are reached. */
  static LocalDate completedOn(LocalDate since) {
    return since.plusYears(YEARS);
  }

  /** Five years are reached at the deadline, the day itself included. */
  static boolean completedBy(LocalDate since, LocalDate deadline) {
    return !completedOn(since).isAfter(deadline);
  }

  /**
   * The last day before the look-back window: a record dated on it is exactly five years old at
   * the deadline and no longer counts.
   */
  static LocalDate windowOpensAfter(LocalDate deadline) {
    return deadline.minusYears(YEARS);
  }

  /**
   * A record counts if it is less than five years old at the deadline. Records dated after the
   * deadline (found at qualification review) count too: the window only limits how old they are.
   */
  static boolean withinWindow(LocalDate date, LocalDate deadline) {
    return date.isAfter(windowOpensAfter(deadline));
  }
}
