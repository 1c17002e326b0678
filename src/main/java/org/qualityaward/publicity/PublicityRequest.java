package org.qualityaward.publicity;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@link PublicityService#publish(PublicityRequest)} publishes, on {@code publishedOn}; the period's
 * first and last day follow from the calendar ({@link PublicityPeriod}).
 */
public record PublicityRequest(String title, PublicityKind kind, Long editionId, LocalDate publishedOn,
    int publicityDays, String handlerGroup, List<Entry> entries) {

  /** One candidate on the list. */
  public record Entry(Long applicationId, String candidateName, String summary) {
  }
}
