package org.qualityaward.tasks;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.qualityaward.notification.NoticeKind;

/**
 * What the feature that owns some user tasks knows about them from its case: a deadline the Measures
 * and the case fix, whom a task is about. Implemented in the feature (as {@code honour.HonourHistory}
 * is), so tasks depends on none of them and knows none of their task ids.
 */
public interface CaseTasks {

  /** Tasks whose last day only the case decides, with the rule in words: configuring days for them is refused. */
  default Map<String, String> fixedByCase() {
    return Map.of();
  }

  /** The last day the case sets for {@code task}; empty leaves it to {@code qa.tasks.due-working-days}. */
  default Optional<LocalDate> lastDay(DelegateTask task, LocalDate today) {
    return Optional.empty();
  }

  /** What the arrival of {@code task} tells its people when it is more than a new task, e.g. the renewal invitation. */
  default Optional<NoticeKind> arrival(DelegateTask task) {
    return Optional.empty();
  }

  /** Whom {@code task} is about when its variables do not name them, e.g. an honour's holder. */
  default Optional<String> party(DelegateTask task) {
    return Optional.empty();
  }
}
