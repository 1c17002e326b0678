package org.qualityaward.publicity;

import java.time.LocalDate;
import java.util.List;

/** A publicity as {@code GET /api/publicities} shows it to the public. */
public record PublicityView(Long id, String title, PublicityKind kind, Long editionId,
    LocalDate startDate, int publicityDays, LocalDate endDate, PublicityState state,
    boolean acceptingObjections, List<EntryView> entries) {

  public record EntryView(Long applicationId, String candidateName, String summary, boolean disqualified) {
  }
}
