package org.qualityaward.identity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A task's read-only form values as a submission is judged against them, each read once: a variable of
 * the case, or, where the case has none, the value worked out when the form opens (TaskFormOpening).
 */
final class ReadOnlyValues {

  /** A value now, and whether it is worked out at opening (not a variable of the case). */
  record Shown(Object value, boolean atOpening) {}

  private final Function<String, Object> stored;
  private final Function<String, Object> opening;
  private final Map<String, Shown> read = new HashMap<>();

  ReadOnlyValues(Function<String, Object> stored, Function<String, Object> opening) {
    this.stored = stored;
    this.opening = opening;
  }

  Shown of(String name) {
    return read.computeIfAbsent(name, n -> {
      Object variable = stored.apply(n);
      if (variable != null) {
        return new Shown(variable, false);
      }
      Object worked = opening.apply(n);
      // neither: an empty read-only field, which must be echoed empty
      return new Shown(worked, worked != null);
    });
  }

  /** The value worked out at opening, or null for a variable of the case or an empty field. */
  Object atOpening(String name) {
    Shown shown = of(name);
    return shown.atOpening() ? shown.value() : null;
  }

  /**
   * What the read-only echo check compares a field with: the case's value; for a value worked out at
   * opening, what was sent, since {@link FormSubmissionRules#changedSinceOpened} judges that one.
   */
  Object forEchoCheck(String name, JsonNode body) {
    Shown shown = of(name);
    return shown.atOpening() ? FormSubmissionRules.sent(body, name) : shown.value();
  }
}
