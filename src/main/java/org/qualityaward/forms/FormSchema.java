package org.qualityaward.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.qualityaward.kernel.FieldProblem;

/**
 * The input fields of a Camunda Form (form-js JSON) with the rules the form checks in the browser:
 * required, min/max, length, pattern, e-mail/phone, and the choices of a select or radio group.
 * The server checks them again, so a request that bypasses the form gets the same refusals.
 */
public final class FormSchema {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> INPUT_TYPES =
      Set.of("textfield", "textarea", "number", "datetime", "select", "radio", "checkbox", "checklist", "taglist");
  private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()\\-]{5,19}$");

  /** One input field; {@code hide} is the form's FEEL condition that hides (and so exempts) it, or null. */
  record Field(String key, String label, String type, boolean required, BigDecimal min, BigDecimal max,
      Integer minLength, Integer maxLength, Pattern pattern, String validationType, Set<String> choices, String hide) {}

  private final String formId;
  private final List<Field> fields;
  /** The read-only fields' labels by key. */
  private final Map<String, String> readOnly;

  private FormSchema(String formId, List<Field> fields, Map<String, String> readOnly) {
    this.formId = formId;
    this.fields = List.copyOf(fields);
    this.readOnly = Map.copyOf(readOnly);
  }

  public static FormSchema parse(InputStream json) {
    try {
      JsonNode form = JSON.readTree(json);
      List<Field> fields = new ArrayList<>();
      Map<String, String> readOnly = new LinkedHashMap<>();
      collect(form.path("components"), fields, readOnly);
      return new FormSchema(form.path("id").asText(""), fields, readOnly);
    } catch (IOException e) {
      throw new UncheckedIOException("表单定义无法读取", e);
    }
  }

  List<Field> fields() {
    return fields;
  }

  /** The form's id ({@code formRef} of the task or start event). */
  public String formId() {
    return formId;
  }

  /** The keys a person fills in: the only variables a submission of this form may set. */
  public Set<String> inputKeys() {
    Set<String> keys = new LinkedHashSet<>();
    fields.forEach(f -> keys.add(f.key()));
    return keys;
  }

  /**
   * Keys of read-only and disabled fields, the case context a form shows. form-js submits read-only
   * fields back with the value it loaded, so a submission may carry them, but never changed.
   */
  public Set<String> readOnlyKeys() {
    return readOnly.keySet();
  }

  /** An input field's label as the form shows it; null if the form has no such field. */
  public String label(String key) {
    return fields.stream().filter(f -> f.key().equals(key)).map(Field::label).findFirst().orElse(null);
  }

  /** A read-only field's label as the form shows it. */
  public String readOnlyLabel(String key) {
    return readOnly.getOrDefault(key, key);
  }

  /**
   * The problems of the submitted values, in form order. Hidden fields are not submitted by the form,
   * so they are not checked; neither are read-only context fields. {@code hidden} is asked only about the
   * hide condition of a field that has a problem (evaluating a condition costs far more than checking a
   * value), so a valid submission asks nothing.
   */
  public List<FieldProblem> check(Function<String, Object> values, Predicate<String> hidden) {
    List<FieldProblem> problems = new ArrayList<>();
    for (Field field : fields) {
      String problem = problemOf(field, values.apply(field.key()));
      if (problem != null && (field.hide() == null || !hidden.test(field.hide()))) {
        problems.add(new FieldProblem(field.key(), problem));
      }
    }
    return problems;
  }

  private static String problemOf(Field field, Object value) {
    String name = "「" + field.label() + "」";
    if (isEmpty(field, value)) {
      return field.required() ? name + "为必填项" : null;
    }
    if ("number".equals(field.type())) {
      BigDecimal number = number(value);
      if (number == null) {
        return name + "应填写数字";
      }
      if (field.min() != null && number.compareTo(field.min()) < 0) {
        return name + "不能小于 " + field.min().toPlainString() + "（填写的是 " + number.toPlainString() + "）";
      }
      if (field.max() != null && number.compareTo(field.max()) > 0) {
        return name + "不能大于 " + field.max().toPlainString() + "（填写的是 " + number.toPlainString() + "）";
      }
      return null;
    }
    if (!field.choices().isEmpty()) {
      Collection<?> chosen = value instanceof Collection<?> list ? list : List.of(value);
      for (Object choice : chosen) {
        if (!field.choices().contains(String.valueOf(choice))) {
          return name + "只能在表单列出的选项中选择（“" + choice + "”不是可选项）";
        }
      }
      return null;
    }
    if (value instanceof String text) {
      if (field.minLength() != null && text.trim().length() < field.minLength()) {
        return name + "至少应填写 " + field.minLength() + " 个字";
      }
      if (field.maxLength() != null && text.length() > field.maxLength()) {
        return name + "不能超过 " + field.maxLength() + " 个字";
      }
      if (field.pattern() != null && !field.pattern().matcher(text).find()) {
        return name + "格式不正确";
      }
      if ("email".equals(field.validationType()) && !EMAIL.matcher(text).matches()) {
        return name + "应为有效的电子邮箱地址";
      }
      if ("phone".equals(field.validationType()) && !PHONE.matcher(text).matches()) {
        return name + "应为有效的电话号码";
      }
    }
    return null;
  }

  /**
   * As form-js: an unticked required checkbox, an empty text and an empty list count as missing;
   * stricter than form-js, a text of blanks does too (it says nothing).
   */
  private static boolean isEmpty(Field field, Object value) {
    return value == null
        || (value instanceof String text && text.isBlank())
        || (value instanceof Collection<?> list && list.isEmpty())
        || ("checkbox".equals(field.type()) && Boolean.FALSE.equals(value));
  }

  private static BigDecimal number(Object value) {
    if (value instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    try {
      return new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static void collect(JsonNode components, List<Field> into, Map<String, String> readOnly) {
    for (JsonNode component : components) {
      if (component.has("components")) {
        collect(component.get("components"), into, readOnly);
      }
      String type = component.path("type").asText();
      boolean input = INPUT_TYPES.contains(type) && component.hasNonNull("key");
      if (!input) {
        continue;
      }
      if (component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false)) {
        readOnly.put(component.get("key").asText(), component.path("label").asText(component.get("key").asText()));
        continue;
      }
      JsonNode validate = component.path("validate");
      Set<String> choices = new LinkedHashSet<>();
      component.path("values").forEach(v -> choices.add(v.path("value").asText()));
      String hide = component.path("conditional").path("hide").asText(null);
      into.add(new Field(component.get("key").asText(), component.path("label").asText(component.get("key").asText()),
          type, validate.path("required").asBoolean(false), decimal(validate, "min"), decimal(validate, "max"),
          integer(validate, "minLength"), integer(validate, "maxLength"),
          validate.hasNonNull("pattern") ? Pattern.compile(validate.get("pattern").asText()) : null,
          validate.path("validationType").asText(null), choices, hide));
    }
  }

  private static BigDecimal decimal(JsonNode validate, String name) {
    return validate.hasNonNull(name) ? new BigDecimal(validate.get(name).asText()) : null;
  }

  private static Integer integer(JsonNode validate, String name) {
    return validate.hasNonNull(name) ? validate.get(name).asInt() : null;
  }
}
