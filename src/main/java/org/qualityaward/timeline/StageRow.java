package org.qualityaward.timeline;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One stage of an edition: actual start, planned end (the last day it may take, inclusive; null where
 * the Measures set no period), actual end and state.
 */
record StageRow(EditionPhase phase, LocalDateTime start, LocalDate plannedEnd, LocalDateTime actualEnd,
    StageState state) {

  public String label() {
    return phase.label();
  }

  public String article() {
    return phase.article();
  }
}
