package org.qualityaward.eligibility;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Chinese wording shared by the rules' messages. */
final class Describe {

  private Describe() {}

  static String credit(CreditRecord r) {
    return r.type().label() + " " + r.date() + note(r.note());
  }

  static String accident(AccidentRecord r) {
    return r.type().label() + " " + r.date() + note(r.note());
  }

  static <T> String all(List<T> items, Function<T, String> describe) {
    return items.stream().map(describe).collect(Collectors.joining("、"));
  }

  private static String note(String note) {
    return note == null || note.isBlank() ? "" : "（" + note.strip() + "）";
  }
}
