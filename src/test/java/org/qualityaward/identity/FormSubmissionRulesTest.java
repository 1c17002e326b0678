package org.qualityaward.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.forms.FormSchema;
import org.qualityaward.identity.FormSubmissionRules.Target;
import org.qualityaward.kernel.FieldProblem;

/** Issue 10 item 1: a submission carries its form's fields and nothing else. */
class FormSubmissionRulesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A form like 征求部门意见: the department shown read-only, the answer typed in. */
  private static final FormSchema OPINION = FormSchema.parse(new ByteArrayInputStream("""
      {"id": "department-opinion", "components": [
        {"type": "textfield", "key": "department", "label": "部门", "readonly": true},
        {"type": "textfield", "key": "applicationId", "label": "申报", "disabled": true},
        {"type": "checkbox", "key": "approved", "label": "无异议"},
        {"type": "textarea", "key": "comment", "label": "意见"}]}
      """.getBytes(StandardCharsets.UTF_8)));

  private static final Map<String, Object> CASE = Map.of("department", "R-CITY-EE", "applicationId", 42L);

  private static List<FieldProblem> check(Target target, String body, FormSchema form) throws Exception {
    JsonNode json = JSON.readTree(body);
    return FormSubmissionRules.check(target, json, form, CASE::get);
  }

  private static List<String> fields(List<FieldProblem> problems) {
    return problems.stream().map(FieldProblem::field).toList();
  }

  @Test
  @DisplayName("the form's input fields, and read-only ones echoed unchanged (as form-js sends them), go through")
  void formFieldsPass() throws Exception {
    assertThat(check(Target.TASK, """
        {"variables": {"approved": {"value": true}, "comment": {"value": "无异议"},
         "department": {"value": "R-CITY-EE"}, "applicationId": {"value": 42}}, "withVariablesInReturn": false}
        """, OPINION)).isEmpty();
    assertThat(check(Target.TASK, "{}", OPINION)).isEmpty();
  }

  @Test
  @DisplayName("a variable the form does not declare is refused, one problem per variable, naming it and the form")
  void undeclaredVariablesAreRefused() throws Exception {
    List<FieldProblem> problems = check(Target.TASK, """
        {"variables": {"approved": {"value": true}, "countyConsentRequired": {"value": false},
         "recommenderGroup": {"value": "recommender-R-JX-MSR"}}}
        """, OPINION);
    assertThat(fields(problems)).containsExactly("countyConsentRequired", "recommenderGroup");
    assertThat(problems.get(0).message()).contains("「department-opinion」", "「countyConsentRequired」");
  }

  @Test
  @DisplayName("a read-only field sent with another value is refused: the department answers only for itself")
  void changedReadOnlyFieldIsRefused() throws Exception {
    assertThat(fields(check(Target.TASK, """
        {"variables": {"department": {"value": "R-CITY-EM"}, "applicationId": {"value": 43}}}
        """, OPINION))).containsExactly("department", "applicationId");
  }

  @Test
  @DisplayName("Art 16: a read-only value worked out when the form opens, echoed with an older value or not at all, changed since opening; a case variable's mismatch is not that")
  void changedSinceOpened() throws Exception {
    FormSchema review = FormSchema.parse(new ByteArrayInputStream("""
        {"id": "recommender-review", "components": [
          {"type": "textfield", "key": "materialRevision", "label": "申报材料版本", "readonly": true},
          {"type": "textfield", "key": "department", "label": "部门", "readonly": true},
          {"type": "checkbox", "key": "approved", "label": "同意推荐"}]}
        """.getBytes(StandardCharsets.UTF_8)));
    JsonNode body = JSON.readTree("""
        {"variables": {"approved": {"value": true}, "materialRevision": {"value": "2"}, "department": {"value": "R-CITY-EM"}}}
        """);
    Map<String, Object> now = Map.of("materialRevision", "3");
    List<FieldProblem> changed = FormSubmissionRules.changedSinceOpened(body, review, now::get);
    assertThat(fields(changed)).containsExactly("materialRevision");
    assertThat(changed.get(0).message()).contains("「申报材料版本」在您打开表单后已变化（打开时为 2，现为 3）");
    assertThat(FormSubmissionRules.changedSinceOpened(body, review, Map.of("materialRevision", "2")::get)).isEmpty();
    // a REST client that never read the form sends no revision: it did not decide knowing the material either
    List<FieldProblem> unread = FormSubmissionRules.changedSinceOpened(JSON.readTree("""
        {"variables": {"approved": {"value": true}}}
        """), review, now::get);
    assertThat(fields(unread)).containsExactly("materialRevision");
    assertThat(unread.get(0).message()).contains("提交中没有「申报材料版本」（现为 3）", "核对后再次提交");
  }

  @Test
  @DisplayName("a read-only field is echoed as the case holds it; one worked out at opening is judged by changedSinceOpened; one empty both ways must stay empty; all are read in one read of each kind")
  void readOnlyValuesForTheEchoCheck() throws Exception {
    JsonNode body = JSON.readTree("""
        {"variables": {"department": {"value": "R-CITY-EM"}, "materialRevision": {"value": "0"}, "empty": {"value": "伪造"}}}
        """);
    List<Collection<String>> storedReads = new ArrayList<>();
    List<Collection<String>> openingReads = new ArrayList<>();
    ReadOnlyValues values = new ReadOnlyValues(new LinkedHashSet<>(List.of("department", "materialRevision", "empty")),
        names -> {
          storedReads.add(List.copyOf(names));
          return Map.of("department", "R-CITY-EE");
        },
        names -> {
          openingReads.add(List.copyOf(names));
          return Map.of("materialRevision", "1");
        });
    assertThat(values.forEchoCheck("department", body)).isEqualTo("R-CITY-EE");
    assertThat(values.atOpening("department")).isNull();
    assertThat(values.forEchoCheck("materialRevision", body)).isEqualTo("0");
    assertThat(values.atOpening("materialRevision")).isEqualTo("1");
    assertThat(values.forEchoCheck("empty", body)).isNull();
    assertThat(values.atOpening("empty")).isNull();
    assertThat(values.forEchoCheck("notReadOnly", body)).isNull();
    // what the case holds is not asked again of the form's opening
    assertThat(storedReads).containsExactly(List.of("department", "materialRevision", "empty"));
    assertThat(openingReads).containsExactly(List.of("materialRevision", "empty"));
  }

  @Test
  @DisplayName("starting a case: no business key, start instructions or skipped listeners; an empty business key says nothing")
  void startPropertiesAreRefused() throws Exception {
    assertThat(fields(check(Target.START, """
        {"businessKey": "BDQA-2026-0001", "startInstructions": [], "skipCustomListeners": true,
         "skipIoMappings": true, "caseInstanceId": "x", "variables": {}}
        """, OPINION)))
        .containsExactly("businessKey", "startInstructions", "skipCustomListeners", "skipIoMappings", "caseInstanceId");
    assertThat(check(Target.START, "{\"businessKey\": \"\", \"variables\": {}}", OPINION)).isEmpty();
  }

  @Test
  @DisplayName("a task without a form takes no variables at all")
  void noFormNoVariables() throws Exception {
    assertThat(fields(check(Target.TASK, "{\"variables\": {\"approved\": {\"value\": true}}}", null)))
        .containsExactly("approved");
  }
}
