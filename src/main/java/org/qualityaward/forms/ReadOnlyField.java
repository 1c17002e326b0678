package org.qualityaward.forms;

/**
 * Text the server writes into a read-only field of a Tasklist form (a list built when the task opens). The
 * engine keeps a string variable in a 4000-character column, so a longer text is cut at a line and ends
 * with where the rest is to be read.
 */
public final class ReadOnlyField {

  /** The engine's limit for a string variable (ACT_RU_VARIABLE.TEXT_). */
  static final int MAX_LENGTH = 4000;

  private ReadOnlyField() {
  }

  /** The text as it fits; {@code rest} says where the whole is (e.g. the ranking's XLSX). */
  public static String fit(String text, String rest) {
    if (text.length() <= MAX_LENGTH) {
      return text;
    }
    String tail = "\n……（以下从略，完整内容见 " + rest + "）";
    String head = text.substring(0, MAX_LENGTH - tail.length());
    int line = head.lastIndexOf('\n');
    return (line > 0 ? head.substring(0, line) : head) + tail;
  }
}
