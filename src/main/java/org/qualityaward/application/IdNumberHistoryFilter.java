package org.qualityaward.application;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * An individual's ID number typed into the Tasklist start form passes through the engine as the variable
 * {@code idNumber} until {@link RegisterApplicationDelegate}, in the same transaction, moves it into our table
 * and removes it. Its history would outlive it (with history level full: the variable instance, its updates
 * and the submitted form field), so those events are dropped before they are written.
 */
@Component
class IdNumberHistoryFilter extends AbstractProcessEnginePlugin {

  /** After init: wraps whatever handler the configuration and other plugins built. */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    HistoryEventHandler handler = configuration.getHistoryEventHandler();
    configuration.setHistoryEventHandler(new HistoryEventHandler() {
      @Override
      public void handleEvent(HistoryEvent event) {
        if (!isIdNumber(event)) {
          handler.handleEvent(event);
        }
      }

      @Override
      public void handleEvents(List<HistoryEvent> events) {
        handler.handleEvents(events.stream().filter(event -> !isIdNumber(event)).toList());
      }
    });
  }

  private static boolean isIdNumber(HistoryEvent event) {
    return event instanceof HistoricVariableUpdateEventEntity variable
        ? StartFormSubmission.ID_NUMBER.equals(variable.getVariableName())
        : event instanceof HistoricFormPropertyEventEntity field
            && StartFormSubmission.ID_NUMBER.equals(field.getPropertyId());
  }
}
