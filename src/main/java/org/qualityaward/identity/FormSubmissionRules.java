package org.qualityaward.identity;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.qualityaward.forms.FormSchema;
import org.qualityaward.kernel.FieldProblem;

/**
 * Issue 10, the one rule at the one gate: a person's input enters a case only as the fields of the
 * deployed form of the task or start event they work on. A submission (the JSON body of
 * {@code task/{id}/complete|submit-form} or {@code process-definition/…/start|submit-form}) may set
 * the form's input fields, may echo its read-only fields unchanged (form-js sends them back), and
 * nothing else: no other variable, no business key, no start instructions, no skipped listeners.
 */
final class FormSubmissionRules {

  /** What the submission is for: a task's form or a start form. */
  enum Target { TASK, START }

  /** The only body properties besides the variables: asking for the variables back changes nothing. */
  private static final Set<String> HARMLESS = Set.of("variables", "withVariablesInReturn");

  private FormSubmissionRules() {
  }

  /**
   * The problems of a submission, one per offending property or variable; empty if it may go on.
   *
   * @param form the deployed form, or null if the task or start event has none (then no variable may be sent)
   * @param current the case's current value of a variable, for the read-only echo check
   */
  static List<FieldProblem> check(Target target, JsonNode body, FormSchema form, Function<String, Object> current) {
    List<FieldProblem> problems = new ArrayList<>();
    if (body == null || body.isNull() || body.isMissingNode()) {
      return problems;
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      // Tasklist's start dialog sends its optional business key field; left empty it says nothing
      boolean emptyKey = "businessKey".equals(name) && body.path(name).asText("").isBlank();
      if (!HARMLESS.contains(name) && !emptyKey) {
        problems.add(new FieldProblem(name, bodyPropertyProblem(target, name)));
      }
    }
    JsonNode variables = body.path("variables");
    String formName = form == null ? "（无表单）" : "「" + form.formId() + "」";
    for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> variable = it.next();
      String name = variable.getKey();
      if (form != null && form.inputKeys().contains(name)) {
        continue;
      }
      if (form != null && form.readOnlyKeys().contains(name)) {
        if (!sameValue(variable.getValue().path("value"), current.apply(name))) {
          problems.add(new FieldProblem(name, "「" + name + "」是表单" + formName + "中的只读信息，由系统填写，不能修改"));
        }
        continue;
      }
      problems.add(new FieldProblem(name, "表单" + formName + "中没有「" + name + "」这一项，不能提交（只能提交表单中的字段）"));
    }
    return problems;
  }

  /**
   * The read-only fields whose value is worked out when the form opens (not a variable of the case: what
   * the record says at that moment, e.g. the application's material revision) and that were echoed with
   * a value the record no longer has, or not echoed at all: the record changed after the form was opened,
   * or the caller (a REST client) never read it, so the person decided on what is not there now. Not a
   * forgery; the form must be opened again (409).
   *
   * @param atOpening the value the form would show if opened now; null for a variable of the case
   */
  static List<FieldProblem> changedSinceOpened(JsonNode body, FormSchema form, Function<String, Object> atOpening) {
    List<FieldProblem> changed = new ArrayList<>();
    if (form == null || body == null) {
      return changed;
    }
    for (String name : form.readOnlyKeys()) {
      Object now = atOpening.apply(name);
      JsonNode sent = body.path("variables").path(name).path("value");
      if (now == null || sameValue(sent, now)) {
        continue;
      }
      String label = form.readOnlyLabel(name);
      changed.add(new FieldProblem(name, sent.isMissingNode() || sent.isNull()
          ? ("提交中没有「%s」（现为 %s）：它在打开表单时按最新内容给出，请先打开表单或读取表单变量核对最新内容，"
              + "核对后再次提交，即按现在的内容办理").formatted(label, now)
          : ("「%s」在您打开表单后已变化（打开时为 %s，现为 %s）：请先核对最新内容（如打开案卷），"
              + "核对后再次提交，即按现在的内容办理").formatted(label, sent.asText(), now)));
    }
    return changed;
  }

  /** The value a submission sends for a variable, as the read-only echo check reads it; null if none. */
  static Object sent(JsonNode body, String name) {
    JsonNode value = body.path("variables").path(name).path("value");
    return value.isMissingNode() || value.isNull() ? null : value.isNumber() ? value.decimalValue()
        : value.isBoolean() ? (Object) value.booleanValue() : value.asText();
  }

  private static String bodyPropertyProblem(Target target, String name) {
    if ("businessKey".equals(name)) {
      return "业务编号（businessKey）由系统登记时生成，不能随提交指定";
    }
    return target == Target.START
        ? "启动案件时不能指定「" + name + "」：案件只能从开始表单按模型启动"
        : "办理任务时不能指定「" + name + "」：只能提交表单中的字段";
  }

  /** As form-js echoes a loaded value: texts by their text, numbers by their value, missing as null. */
  private static boolean sameValue(JsonNode sent, Object current) {
    if (sent.isMissingNode() || sent.isNull()) {
      return current == null;
    }
    if (current == null) {
      return false;
    }
    if (sent.isNumber() && current instanceof Number number) {
      return sent.decimalValue().compareTo(new BigDecimal(number.toString())) == 0;
    }
    if (sent.isBoolean() && current instanceof Boolean flag) {
      return sent.booleanValue() == flag;
    }
    return sent.isTextual() && sent.asText().equals(current.toString());
  }
}
