package org.qualityaward.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The form checks' shortcut for simple hide conditions answers as FEEL does, or leaves the condition to FEEL. */
class SimpleConditionTest {

  private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();

  @Test
  @DisplayName("=field = / != \"VALUE\" | true | false: the same answer as FEEL for a missing value and one of the literal's type")
  void answersAsFeel() {
    List<String> conditions = List.of("=officeCondition2 != \"REFUSED\"", "=kind = \"INDIVIDUAL\"",
        "=conflictOfInterest != true", "=conflictOfInterest = true", "=approved = false", "= founded != true ");
    List<Object> values = Arrays.asList(null, "REFUSED", "CONFIRMED", "INDIVIDUAL", "", true, false);
    int answered = 0;
    for (String condition : conditions) {
      String field = condition.replaceAll("^=\\s*", "").split("\\s")[0];
      for (Object value : values) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(field, value);
        Optional<Boolean> simple = SimpleCondition.evaluate(condition, variables::get);
        if (simple.isPresent()) {
          answered++;
          Object feel = FEEL.evaluateSimpleExpression(condition.strip().substring(1),
              Variables.fromMap(variables).asVariableContext());
          assertThat(simple.get()).as(condition + " with " + value).isEqualTo(Boolean.TRUE.equals(feel));
        }
      }
    }
    assertThat(answered).as("conditions answered without FEEL").isGreaterThan(20);
  }

  @Test
  @DisplayName("anything else is FEEL's: other shapes, and a value of another type than the literal")
  void leavesTheRestToFeel() {
    Map<String, Object> variables = Map.of("kind", "INDIVIDUAL", "topManager", "yes");
    assertThat(SimpleCondition.evaluate("=kind != \"INDIVIDUAL\" or topManager != true", variables::get)).isEmpty();
    assertThat(SimpleCondition.evaluate("=not(renewalRequested)", variables::get)).isEmpty();
    assertThat(SimpleCondition.evaluate("=topManager != true", variables::get)).isEmpty();
    assertThat(SimpleCondition.evaluate("=kind != \"INDIVIDUAL\"", variables::get)).contains(false);
  }
}
