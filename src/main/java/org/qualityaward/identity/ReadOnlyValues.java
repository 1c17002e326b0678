package org.qualityaward.identity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A task's read-only form values as a submission is judged against them: a variable of the case, or, where
 * the case has none, the value worked out when the form opens (TaskFormOpening). All of a form's read-only
 * fields are read together on first use, the variables in one read and the values worked out at opening in
 * another, rather than a read of each per field.
 */
final class ReadOnlyValues {

  /** A value now, and whether it is worked out at opening (not a variable of the case). */
  record Shown(Object value, boolean atOpening) {}

  private static final Shown EMPTY = new Shown(null, false);

  private final Set<String> names;
  private final Function<Collection<String>, Map<String, ?>> stored;
  private final Function<Collection<String>, Map<String, ?>> opening;
  private Map<String, Shown> read;

  /**
   * @param names the form's read-only fields
   * @param stored the variables of those names the task sees (absent or null: none)
   * @param opening the values worked out at opening for the names asked
   */
  ReadOnlyValues(Set<String> names, Function<Collection<String>, Map<String, ?>> stored,
      Function<Collection<String>, Map<String, ?>> opening) {
    this.names = names;
    this.stored = stored;
    this.opening = opening;
  }

  Shown of(String name) {
    if (read == null) {
      read = readAll();
    }
    return read.getOrDefault(name, EMPTY);
  }

  private Map<String, Shown> readAll() {
    Map<String, Shown> all = new HashMap<>();
    if (names.isEmpty()) {
      return all;
    }
    Map<String, ?> variables = stored.apply(names);
    List<String> notStored = names.stream().filter(name -> variables.get(name) == null).toList();
    Map<String, ?> worked = notStored.isEmpty() ? Map.of() : opening.apply(notStored);
    for (String name : names) {
      Object variable = variables.get(name);
      Object atOpening = worked.get(name);
      // neither: an empty read-only field, which must be echoed empty
      all.put(name, variable != null ? new Shown(variable, false) : new Shown(atOpening, atOpening != null));
    }
    return all;
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
