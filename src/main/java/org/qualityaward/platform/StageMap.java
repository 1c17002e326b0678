package org.qualityaward.platform;

import java.util.Map;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * One model's stages: the activities whose start moves its case or edition to a stage. The model
 * names no stage itself; {@link StageMaps} applies every map as the engine parses the model.
 */
public abstract class StageMap<S extends Enum<S>> {

  private final String processKey;
  private final Map<String, S> stages;
  private final BiConsumer<String, S> enter;

  /**
   * {@code enter} moves the case or edition our records bind to the given process instance; it is
   * called only when a stage is entered, so it may reach beans that need the engine.
   */
  protected StageMap(String processKey, Map<String, S> stages, BiConsumer<String, S> enter) {
    this.processKey = processKey;
    this.stages = Map.copyOf(stages);
    this.enter = enter;
  }

  public String processKey() {
    return processKey;
  }

  /** Activity id → the stage its start enters. */
  public Map<String, S> stages() {
    return stages;
  }

  void enter(DelegateExecution execution, S stage) {
    enter.accept(execution.getProcessInstanceId(), stage);
  }
}
