package org.qualityaward.platform;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Keeps named variables of a process out of the engine's history: personal data a form passes through the
 * engine (an ID number, a contact's phone), or text a person wrote that may hold it (an objector's grounds).
 * Our own tables keep them; with history level full the engine would keep every value for the history's
 * time to live (the variable instance, its updates and the submitted form field), removed variables
 * included. The events are dropped before they are written; the variables live only while the task or
 * instance that uses them runs. A module declares one as a bean (the engine takes every plugin bean).
 */
public final class HistoryWithout extends AbstractProcessEnginePlugin {

  private final String processDefinitionKey;
  private final Set<String> variables;

  private HistoryWithout(String processDefinitionKey, Set<String> variables) {
    this.processDefinitionKey = processDefinitionKey;
    this.variables = Set.copyOf(variables);
  }

  /** These variables of the process with this key. */
  public static HistoryWithout variablesOf(String processDefinitionKey, Set<String> variables) {
    return new HistoryWithout(processDefinitionKey, variables);
  }

  /** These variables in every process. */
  public static HistoryWithout variablesOfEveryProcess(Set<String> variables) {
    return new HistoryWithout(null, variables);
  }

  /** After init: wraps whatever handler the configuration and other plugins built. */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    HistoryEventHandler handler = configuration.getHistoryEventHandler();
    configuration.setHistoryEventHandler(new HistoryEventHandler() {
      @Override
      public void handleEvent(HistoryEvent event) {
        if (!dropped(event)) {
          handler.handleEvent(event);
        }
      }

      @Override
      public void handleEvents(List<HistoryEvent> events) {
        handler.handleEvents(events.stream().filter(event -> !dropped(event)).toList());
      }
    });
  }

  boolean dropped(HistoryEvent event) {
    String name = event instanceof HistoricVariableUpdateEventEntity variable ? variable.getVariableName()
        : event instanceof HistoricFormPropertyEventEntity field ? field.getPropertyId() : null;
    return name != null && variables.contains(name)
        && (processDefinitionKey == null || processDefinitionKey.equals(event.getProcessDefinitionKey()));
  }
}
