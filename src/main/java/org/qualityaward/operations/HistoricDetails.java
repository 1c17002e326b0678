package org.qualityaward.operations;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Camunda's history details ({@code ACT_HI_DETAIL}) are not written unless {@code qa.history.details} is true
 * (issue 16, README Benchmarks). At history level full the engine writes, besides each variable's own history
 * row, a detail row for every value a variable took and another for every field of every submitted form: an eighth
 * of the statements of a completed task (16 of 126 in the benchmark), each a copy of what someone typed. Nothing
 * reads them: no webapp of Camunda 7 CE, no code of ours; the decisions are our records, the last value of each
 * variable stays in {@code ACT_HI_VARINST}, and who did what when stays in the user operation log, which level full
 * also writes and which the conflict check and the period guard read. The stored history level stays {@code full},
 * so a database keeps working with nodes that write details and nodes that do not.
 */
@Component
class HistoricDetails extends AbstractProcessEnginePlugin {

  private final boolean written;

  HistoricDetails(@Value("${qa.history.details:false}") boolean written) {
    this.written = written;
  }

  /**
   * Before init: in place of Camunda's default database handler (the engine's own switch for it), beside the other
   * plugins' handlers (the starter publishes history events to Spring), all of which other plugins may wrap.
   */
  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (!written) {
      configuration.setEnableDefaultDbHistoryEventHandler(false);
      configuration.getCustomHistoryEventHandlers().add(new WithoutDetails());
    }
  }

  /** Camunda's own database history, less the details: variable and form field updates. */
  static final class WithoutDetails extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!(event instanceof HistoricFormPropertyEventEntity)) {
        super.handleEvent(event);
      }
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
      return false;
    }
  }
}
