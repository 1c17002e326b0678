package org.qualityaward.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

/** A model's stage map against the model itself, without an engine. */
public final class StageMapCheck {

  private StageMapCheck() {
  }

  /**
   * Every mapped id is a flow node of {@code processes/<model>.bpmn}, the map reaches exactly the
   * stages the model is responsible for, and the model names no stage itself.
   */
  public static void assertMapsModel(String model, Map<String, ? extends Enum<?>> stages, Set<? extends Enum<?>> reachable)
      throws IOException {
    String resource = "/processes/" + model + ".bpmn";
    BpmnModelInstance instance;
    try (InputStream in = StageMapCheck.class.getResourceAsStream(resource)) {
      instance = Bpmn.readModelFromStream(in);
    }
    stages.keySet().forEach(id -> assertThat(instance.<FlowNode>getModelElementById(id))
        .as("%s has flow node %s", model, id).isInstanceOf(FlowNode.class));
    assertThat(new HashSet<Enum<?>>(stages.values())).as("stages %s reaches", model).isEqualTo(reachable);
    try (InputStream in = StageMapCheck.class.getResourceAsStream(resource)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text).as("%s pushes no stage itself", model).doesNotContain(".enter(").doesNotContain(".moveTo(");
    }
  }
}
