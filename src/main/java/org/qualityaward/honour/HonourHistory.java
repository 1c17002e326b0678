package org.qualityaward.honour;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What other modules add to an honour's history ({@code GET /api/honours/{id}}): complaints and
 * revocations live in their own modules and report here, so the honour module depends on none of
 * them.
 */
public interface HonourHistory {

  /** One thing that happened to an honour, in the words the office reads. */
  record Event(LocalDateTime at, String type, String summary, Long referenceId) {}

  List<Event> eventsOf(Long honourId);
}
