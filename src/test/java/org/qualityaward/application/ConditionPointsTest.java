package org.qualityaward.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.kernel.FieldProblem;

/** The conditions of Art 11 and 12 that people judge, and the forms that ask for and judge them. */
class ConditionPointsTest {

  @Test
  @DisplayName("Art 11(1), (3)-(5), the last clause of 11(7): an organisation declares these; (2), (6) and the accidents of (7) are measured by rules")
  void organisationDeclares() {
    assertThat(ConditionPoints.declared(ApplicationKind.ORGANIZATION)).extracting(ConditionPoints.Point::code)
        .containsExactly("11(1)", "11(3)", "11(4)", "11(5)", "11(7)");
    assertThat(ConditionPoints.find(ApplicationKind.ORGANIZATION, 7).orElseThrow().declaration())
        .isEqualTo("近5年内无相关违法、违规、违纪行为");
  }

  @Test
  @DisplayName("Art 12(1)-(5): an individual declares these; (6) is measured by IND-CONDUCT")
  void individualDeclares() {
    assertThat(ConditionPoints.declared(ApplicationKind.INDIVIDUAL)).extracting(ConditionPoints.Point::code)
        .containsExactly("12(1)", "12(2)", "12(3)", "12(4)", "12(5)");
    assertThat(ConditionPoints.declared(ApplicationKind.INDIVIDUAL)).allSatisfy(p ->
        assertThat(p.evidence()).as(p.code() + " names its evidence").isNotBlank());
  }

  @Test
  @DisplayName("Art 16, 17: each declared point needs a statement of at most 1000 characters; unknown points are named")
  void statementsAreChecked() {
    Map<String, String> statements = new HashMap<>();
    ConditionPoints.declared(ApplicationKind.INDIVIDUAL).forEach(p -> statements.put(p.code(), "见材料1"));
    assertThat(ConditionPoints.check(ApplicationKind.INDIVIDUAL, statements)).isEmpty();

    statements.put("12(3)", "  ");
    statements.put("12(4)", "长".repeat(1001));
    statements.put("11(3)", "组织的条件");
    assertThat(ConditionPoints.check(ApplicationKind.INDIVIDUAL, statements)).extracting(FieldProblem::field)
        .containsExactly("conditions.12(3)", "conditions.12(4)", "conditions.11(3)");
    assertThat(ConditionPoints.check(ApplicationKind.ORGANIZATION, null)).hasSize(5).first()
        .extracting(FieldProblem::message).asString().contains("第十一条第（一）项须逐项声明", "法定代表人签署的声明");
  }

  @Test
  @DisplayName("Art 16, 17: the review forms have one slot per declared point of either kind, each with its choice and reason, the reason required when shown (不予确认)")
  void reviewFormsHaveASlotPerPoint() throws IOException {
    for (ApplicationKind kind : ApplicationKind.values()) {
      assertThat(ConditionPoints.declared(kind)).hasSizeLessThanOrEqualTo(ConditionReview.FORM_SLOTS);
    }
    for (var form : Map.of("recommender-review", ConditionReview.Step.RECOMMENDER,
        "qualification-review", ConditionReview.Step.OFFICE).entrySet()) {
      List<String> keys = keys(form.getKey());
      for (int slot = 1; slot <= ConditionReview.FORM_SLOTS; slot++) {
        assertThat(keys).as(form.getKey()).contains(form.getValue().field(slot), form.getValue().reasonField(slot));
        // the reason the server requires for 不予确认 is marked required in the form, which shows it only then
        JsonNode reason = component(form.getKey(), form.getValue().reasonField(slot));
        assertThat(reason.path("validate").path("required").asBoolean()).as(reason.toString()).isTrue();
        assertThat(reason.path("conditional").path("hide").asText())
            .isEqualTo("=" + form.getValue().field(slot) + " != \"REFUSED\"");
      }
      assertThat(keys).as(form.getKey()).doesNotContain(form.getValue().field(ConditionReview.FORM_SLOTS + 1));
    }
  }

  @Test
  @DisplayName("Art 16: Tasklist's start form asks for the statement of every declared point of both kinds")
  void startFormAsksForEveryStatement() throws IOException {
    List<String> keys = keys("application-start");
    for (ApplicationKind kind : ApplicationKind.values()) {
      ConditionPoints.declared(kind).forEach(p -> assertThat(keys).contains(p.statementField()));
    }
  }

  private static List<String> keys(String formId) throws IOException {
    try (InputStream in = ConditionPointsTest.class.getResourceAsStream("/forms/" + formId + ".form")) {
      List<String> keys = new ArrayList<>();
      collect(new ObjectMapper().readTree(in), keys);
      return keys;
    }
  }

  private static JsonNode component(String formId, String key) throws IOException {
    try (InputStream in = ConditionPointsTest.class.getResourceAsStream("/forms/" + formId + ".form")) {
      return new ObjectMapper().readTree(in).findParents("key").stream()
          .filter(c -> key.equals(c.path("key").asText())).findFirst().orElseThrow();
    }
  }

  private static void collect(JsonNode node, List<String> keys) {
    if (node.has("key")) {
      keys.add(node.get("key").asText());
    }
    node.path("components").forEach(c -> collect(c, keys));
  }
}
