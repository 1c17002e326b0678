package org.qualityaward.platform;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The one listener that sets stages: as a model is parsed, each activity its {@link StageMap} names
 * gets a start listener entering the mapped stage. A map naming an activity the model lacks fails
 * the deployment rather than silently never firing.
 */
@Component
class StageMaps extends AbstractProcessEnginePlugin {

  private final ObjectProvider<StageMap<?>> maps;

  StageMaps(ObjectProvider<StageMap<?>> maps) {
    this.maps = maps;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    List<StageMap<?>> all = maps.orderedStream().toList();
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity definition) {
        all.stream().filter(map -> map.processKey().equals(definition.getKey()))
            .forEach(map -> attach(map, definition));
      }
    });
  }

  private static <S extends Enum<S>> void attach(StageMap<S> map, ProcessDefinitionEntity definition) {
    map.stages().forEach((activityId, stage) -> {
      ActivityImpl activity = definition.findActivity(activityId);
      if (activity == null) {
        throw new ProcessEngineException(definition.getKey() + " has no activity " + activityId + " for stage " + stage);
      }
      ExecutionListener enter = execution -> map.enter(execution, stage);
      activity.addListener(ExecutionListener.EVENTNAME_START, enter);
    });
  }
}
