package org.qualityaward.forms;

import java.util.regex.Pattern;

/**
 * A line typed into a form's text area as fields (「申报编号 等级 理由」): a Chinese input method types the full-width
 * space (U+3000), which Java's {@code \s} and {@code trim()} do not count as one; the last field keeps its spaces.
 */
public final class TypedLine {

  private static final Pattern SEPARATOR = Pattern.compile("[\\s\u3000]+");

  private TypedLine() {
  }

  /** At most {@code limit} fields, the line's own leading and trailing spaces of either width dropped. */
  public static String[] fields(String line, int limit) {
    return SEPARATOR.split(line.strip(), limit);
  }
}
