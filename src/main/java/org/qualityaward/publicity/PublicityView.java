package org.qualityaward.publicity;

import java.time.LocalDate;
import java.util.List;

/**
 * A publicity as {@code GET /api/publicities} shows it to the public: published on {@code publishedOn},
 * it runs from {@code startDate} to the end of {@code endDate}, its first and last working day (null
 * until the calendar of their year is known); {@code period} says so in Chinese, as the notices do.
 */
public record PublicityView(Long id, String title, PublicityKind kind, Long editionId, LocalDate publishedOn,
    LocalDate startDate, int publicityDays, LocalDate endDate, String period, PublicityState state,
    boolean acceptingObjections, List<EntryView> entries) {

  public record EntryView(Long applicationId, String candidateName, String summary, boolean disqualified) {
  }
}
