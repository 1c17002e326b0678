package org.qualityaward.platform;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * One model's stages: the activities whose start moves its case or edition to a stage. The model
 * names no stage itself; {@link StageMaps} applies every map as the engine parses the model.
 */
public abstract class StageMap<S extends Enum<S>> {

  private final String processKey;
  private final Map<String, S> stages;

  protected StageMap(String processKey, Map<String, S> stages) {
    this.processKey = processKey;
    this.stages = Map.copyOf(stages);
  }

  public String processKey() {
    return processKey;
  }

  /** Activity id → the stage its start enters. */
  public Map<String, S> stages() {
    return stages;
  }

  /** Moves the execution's case or edition to {@code stage}. */
  protected abstract void enter(DelegateExecution execution, S stage);
}
