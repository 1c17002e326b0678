package org.qualityaward;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.qualityaward.application.AwardApplicationModel;
import org.qualityaward.complaint.ComplaintModel;
import org.qualityaward.edition.AwardEditionModel;
import org.qualityaward.evaluation.ExpertRatingModel;
import org.qualityaward.evaluation.PanelMemberReviewModel;
import org.qualityaward.evaluation.PanelReviewModel;
import org.qualityaward.honour.HonourModel;
import org.qualityaward.publicity.ObjectionModel;
import org.qualityaward.publicity.PublicityModel;
import org.qualityaward.revocation.RevocationModel;

/**
 * The element ids Java refers to live in one constants class per model; each must name a flow element
 * of that model, so renaming an element in the modeler fails here rather than in a running case.
 */
class ModelIdsTest {

  private static final String PROCESS_KEY = "PROCESS_KEY";

  /** Each model in {@code processes/} and its constants class. */
  private static final Map<String, Class<?>> MODELS = Map.of(
      "award-application.bpmn", AwardApplicationModel.class,
      "award-edition.bpmn", AwardEditionModel.class,
      "complaint.bpmn", ComplaintModel.class,
      "expert-rating.bpmn", ExpertRatingModel.class,
      "honour.bpmn", HonourModel.class,
      "objection.bpmn", ObjectionModel.class,
      "panel-member-review.bpmn", PanelMemberReviewModel.class,
      "panel-review.bpmn", PanelReviewModel.class,
      "publicity.bpmn", PublicityModel.class,
      "revocation.bpmn", RevocationModel.class);

  static Stream<Arguments> models() {
    return new TreeMap<>(MODELS).entrySet().stream()
        .map(model -> Arguments.of(model.getKey(), Named.of(model.getValue().getSimpleName(), model.getValue())));
  }

  @ParameterizedTest(name = "{0}: every id in {1} names an element of the model, and the process key is its process id")
  @MethodSource("models")
  void idsNameElementsOfTheModel(String file, Class<?> constants) throws IllegalAccessException {
    BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes", file));
    List<String> missing = new ArrayList<>();
    for (Field field : ids(constants)) {
      String id = (String) field.get(null);
      if (field.getName().equals(PROCESS_KEY)) {
        assertThat(model.getModelElementsByType(Process.class)).extracting(Process::getId).as(file)
            .containsExactly(id);
      } else if (!(model.getModelElementById(id) instanceof FlowElement)) {
        missing.add(field.getName() + " = " + id);
      }
    }
    assertThat(missing).as("%s: ids that %s has no element for", constants.getSimpleName(), file).isEmpty();
  }

  @Test
  @DisplayName("every model in processes/ has its constants class, each with a process key")
  void everyModelHasItsConstants() {
    assertThat(new File("processes").list((dir, name) -> name.endsWith(".bpmn")))
        .containsExactlyInAnyOrderElementsOf(MODELS.keySet());
    MODELS.values().forEach(constants -> assertThat(ids(constants)).extracting(Field::getName)
        .as(constants.getSimpleName()).contains(PROCESS_KEY).hasSizeGreaterThan(1));
  }

  /** The class's public static final String fields. */
  private static List<Field> ids(Class<?> constants) {
    return Arrays.stream(constants.getDeclaredFields())
        .filter(field -> field.getType() == String.class)
        .filter(field -> Modifier.isPublic(field.getModifiers()) && Modifier.isStatic(field.getModifiers())
            && Modifier.isFinal(field.getModifiers()))
        .toList();
  }
}
