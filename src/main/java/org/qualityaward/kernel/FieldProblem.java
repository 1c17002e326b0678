package org.qualityaward.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One problem with one field of a request: the field's JSON path and a message naming the rule. */
public record FieldProblem(String field, String message) {

  /**
   * The messages by field as a page's form shows them beside its inputs: {@code industries[1]} under
   * {@code industries}, in the order found.
   */
  public static Map<String, List<String>> byField(List<FieldProblem> problems) {
    Map<String, List<String>> byField = new LinkedHashMap<>();
    for (FieldProblem p : problems) {
      String field = p.field().contains("[") ? p.field().substring(0, p.field().indexOf('[')) : p.field();
      byField.computeIfAbsent(field, f -> new ArrayList<>()).add(p.message());
    }
    return byField;
  }
}
