package org.qualityaward.eligibility;

/**
 * Result of checking a code: {@code position} is the 1-based position of the wrong character,
 * 0 when the fault is not one character (empty, wrong length); {@code message} says why.
 */
public record CodeCheck(boolean valid, int position, String message) {

  static final CodeCheck OK = new CodeCheck(true, 0, "");

  static CodeCheck wrongAt(int position, String message) {
    return new CodeCheck(false, position, message);
  }

  static CodeCheck wrong(String message) {
    return new CodeCheck(false, 0, message);
  }
}
