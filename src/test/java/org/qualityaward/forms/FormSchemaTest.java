package org.qualityaward.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.kernel.FieldProblem;

/** The server reads the deployed forms' own rules, so it refuses what the form refuses. */
class FormSchemaTest {

  @Test
  @DisplayName("scoring sheet (Art 18, 19): a category above its maximum, a missing remark and a text score are refused")
  void scoringForm() {
    FormSchema form = form("score-organization");
    Map<String, Object> values = new HashMap<>();
    form.fields().forEach(f -> values.put(f.key(), f.key().startsWith("score_") ? 10L : "评语内容"));
    assertThat(form.check(values::get, condition -> false)).isEmpty();

    values.put("score_LEADERSHIP", 111L);
    values.put("score_STRATEGY", "九十");
    values.put("remark_RESULTS", "");
    List<FieldProblem> problems = form.check(values::get, condition -> false);

    assertThat(problems).extracting(FieldProblem::field)
        .containsExactly("score_LEADERSHIP", "score_STRATEGY", "remark_RESULTS");
    assertThat(problems.get(0).message()).contains("领导", "不能大于 110");
    assertThat(problems.get(1).message()).contains("应填写数字");
    assertThat(problems.get(2).message()).contains("为必填项");
  }

  @Test
  @DisplayName("maximum at the bound is accepted; read-only context fields are not checked")
  void boundsAndReadOnly() {
    FormSchema form = form("score-organization");
    assertThat(form.fields()).extracting(FormSchema.Field::key).doesNotContain("applicantName", "applicationNumber");
    Map<String, Object> values = new HashMap<>();
    form.fields().forEach(f -> values.put(f.key(), f.key().startsWith("score_") ? 0 : "好"));
    values.put("score_RESULTS", 400.0);
    assertThat(form.check(values::get, condition -> false)).isEmpty();
  }

  @Test
  @DisplayName("conflict declaration (Art 10, 29): the reason is required only with a conflict, the confidentiality undertaking only without")
  void hiddenFieldsAreExempt() {
    FormSchema form = form("conflict-declaration");
    String hidesReason = "=conflictOfInterest != true";
    String hidesUndertaking = "=conflictOfInterest = true";
    assertThat(form.fields()).extracting(FormSchema.Field::hide).contains(hidesReason, hidesUndertaking);

    Map<String, Object> conflict = new HashMap<>(Map.of("conflictOfInterest", true));
    assertThat(form.check(conflict::get, c -> c.equals(hidesUndertaking))).extracting(FieldProblem::field)
        .containsExactly("conflictReason");
    assertThat(form.check(conflict::get, c -> true)).isEmpty();

    Map<String, Object> none = new HashMap<>(Map.of("conflictOfInterest", false));
    assertThat(form.check(none::get, c -> c.equals(hidesReason))).extracting(FieldProblem::field)
        .containsExactly("confidentialityUndertaking");
    none.put("confidentialityUndertaking", false);
    assertThat(form.check(none::get, c -> c.equals(hidesReason))).extracting(FieldProblem::field)
        .as("an unticked undertaking is not signed").containsExactly("confidentialityUndertaking");
    none.put("confidentialityUndertaking", true);
    assertThat(form.check(none::get, c -> c.equals(hidesReason))).isEmpty();
  }

  @Test
  @DisplayName("a hide condition is asked about only for a field with a problem: a valid submission evaluates none")
  void conditionsOnlyForProblems() {
    FormSchema form = form("conflict-declaration");
    Map<String, Object> none = new HashMap<>(Map.of("conflictOfInterest", false, "confidentialityUndertaking", true));
    List<String> asked = new ArrayList<>();

    assertThat(form.check(none::get, c -> asked.add(c) && c.equals("=conflictOfInterest != true"))).isEmpty();
    assertThat(asked).as("only the empty reason's condition").containsExactly("=conflictOfInterest != true");

    asked.clear();
    Map<String, Object> valid = new HashMap<>(none);
    valid.put("conflictReason", "无");
    assertThat(form.check(valid::get, c -> asked.add(c))).isEmpty();
    assertThat(asked).isEmpty();
  }

  @Test
  @DisplayName("application (Art 11, 12): the kind must be one the form lists; the credit code is checked as the browser does")
  void choicesAndPatterns() {
    FormSchema form = form("application-start");
    Map<String, Object> values = new HashMap<>(Map.of("kind", "COMPANY", "creditCode", "12345"));

    List<FieldProblem> problems = form.check(values::get, condition -> false);

    assertThat(problems).filteredOn(p -> p.field().equals("kind")).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("只能在表单列出的选项中选择", "COMPANY"));
    assertThat(problems).filteredOn(p -> p.field().equals("creditCode")).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("格式不正确"));
    values.put("creditCode", "91130600MA0ABCDE1X");
    assertThat(form.check(values::get, condition -> false)).extracting(FieldProblem::field).doesNotContain("creditCode");
  }

  private static FormSchema form(String id) {
    InputStream json = FormSchemaTest.class.getResourceAsStream("/forms/" + id + ".form");
    assertThat(json).as(id).isNotNull();
    return FormSchema.parse(json);
  }
}
