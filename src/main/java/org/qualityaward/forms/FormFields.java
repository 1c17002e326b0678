package org.qualityaward.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;

/**
 * Reads the fields a Camunda Form submitted (strings for text and dates, booleans for checkboxes)
 * and collects every problem before refusing: a task listener calls {@link #throwIfAny()} and the
 * completion rolls back with all field problems listed ({@link InvalidInputException}).
 */
public final class FormFields {

  private final Function<String, Object> values;
  private final List<FieldProblem> problems = new ArrayList<>();

  public FormFields(Function<String, Object> values) {
    this.values = values;
  }

  public String text(String field, String label, int max) {
    String value = optionalText(field, label, max);
    if (value == null) {
      problem(field, "请填写“" + label + "”");
    }
    return value;
  }

  public String optionalText(String field, String label, int max) {
    Object value = values.apply(field);
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    if (!(value instanceof String s)) {
      problem(field, "“" + label + "”应为文字");
      return null;
    }
    if (s.strip().length() > max) {
      problem(field, "“" + label + "”不能超过" + max + "字");
      return null;
    }
    return s.strip();
  }

  public Boolean bool(String field, String label) {
    Object value = values.apply(field);
    if (value instanceof Boolean b) {
      return b;
    }
    problem(field, "请选择“" + label + "”（是或否）");
    return null;
  }

  public LocalDate date(String field, String label) {
    LocalDate value = optionalDate(field, label);
    if (value == null && !hasProblem(field)) {
      problem(field, "请填写“" + label + "”");
    }
    return value;
  }

  public LocalDate optionalDate(String field, String label) {
    Object value = values.apply(field);
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof Date d) {
      return new java.sql.Date(d.getTime()).toLocalDate();
    }
    try {
      String text = value.toString().strip();
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      problem(field, "“" + label + "”应为日期（YYYY-MM-DD）：" + value);
      return null;
    }
  }

  /** A number field's whole number (form-js sends numbers as Long or Double), null when left empty. */
  public Integer optionalInteger(String field, String label) {
    BigDecimal value = optionalDecimal(field, label);
    if (value == null) {
      return null;
    }
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      problem(field, "“" + label + "”应为整数：" + value.toPlainString());
      return null;
    }
  }

  /** A number field's value, null when left empty. */
  public BigDecimal optionalDecimal(String field, String label) {
    Object value = values.apply(field);
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    try {
      return new BigDecimal(value.toString().strip()).stripTrailingZeros();
    } catch (NumberFormatException e) {
      problem(field, "“" + label + "”应为数字：" + value);
      return null;
    }
  }

  public <E extends Enum<E>> E choice(String field, String label, Class<E> type) {
    E value = optionalChoice(field, label, type);
    if (value == null && !hasProblem(field)) {
      problem(field, "请选择“" + label + "”");
    }
    return value;
  }

  public <E extends Enum<E>> E optionalChoice(String field, String label, Class<E> type) {
    Object value = values.apply(field);
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.toString().strip());
    } catch (IllegalArgumentException e) {
      problem(field, "“" + label + "”的取值无效：" + value);
      return null;
    }
  }

  public FormFields problem(String field, String message) {
    problems.add(new FieldProblem(field, message));
    return this;
  }

  public FormFields problems(List<FieldProblem> more) {
    problems.addAll(more);
    return this;
  }

  public boolean hasProblem(String field) {
    return problems.stream().anyMatch(p -> p.field().equals(field));
  }

  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
