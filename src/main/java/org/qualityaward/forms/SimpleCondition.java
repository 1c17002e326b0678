package org.qualityaward.forms;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one shape most of our forms' hide conditions take, {@code =field = "VALUE"} or {@code =field != true},
 * answered without FEEL: the FEEL engine builds its library of built-in functions for every expression it
 * evaluates, which a form check pays for each field it must judge. Only where the answer is FEEL's for sure (the
 * value missing, or of the literal's own type); anything else is left to FEEL.
 */
final class SimpleCondition {

  private static final Pattern SHAPE = Pattern.compile(
      "^=?\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(!=|=)\\s*(?:\"([^\"\\\\]*)\"|(true|false))\\s*$");

  private SimpleCondition() {}

  /** The condition's value, or empty if it is not of that shape or the value is not of the literal's type. */
  static Optional<Boolean> evaluate(String condition, Function<String, Object> values) {
    Matcher m = SHAPE.matcher(condition);
    if (!m.matches()) {
      return Optional.empty();
    }
    Object literal = m.group(3) != null ? m.group(3) : Boolean.valueOf(m.group(4));
    Object value = values.apply(m.group(1));
    if (value != null && value.getClass() != literal.getClass()) {
      return Optional.empty();
    }
    boolean equal = Objects.equals(value, literal);
    return Optional.of(m.group(2).equals("=") == equal);
  }
}
