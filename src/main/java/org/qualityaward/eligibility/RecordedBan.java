package org.qualityaward.eligibility;

import java.time.LocalDate;

/** A ban after a revocation (Art 32); {@code bannedUntil} is the first day it no longer applies. */
public record RecordedBan(
    String subjectName, LocalDate revokedOn, LocalDate bannedUntil, String grounds) {

  /** The ban ends on {@code bannedUntil}: applying on that day is allowed again. */
  public boolean inForceAt(LocalDate date) {
    return date.isBefore(bannedUntil);
  }
}
