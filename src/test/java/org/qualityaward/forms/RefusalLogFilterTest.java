package org.qualityaward.forms;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;

class RefusalLogFilterTest {

  private final LoggerContext context = new LoggerContext();
  private final RefusalLogFilter filter = new RefusalLogFilter();

  private FilterReply engineLogs(Level level, String logger, Throwable thrown) {
    // as the engine's BaseLogger calls it: the message's argument, then the exception
    return filter.decide(null, context.getLogger(logger), level, "ENGINE-16004 Exception while closing command context: {}",
        new Object[] {thrown.getMessage(), thrown}, null);
  }

  @Test
  @DisplayName("a person's refused form, wrapped by the engine, is left out of the engine's ERROR log; a fault is not")
  void refusalsOnly() {
    ProcessEngineException refused = new ProcessEngineException("ENGINE-03051",
        new InvalidInputException(List.of(new FieldProblem("idNumber", "出生日期 1990-02-30 不存在"))));
    assertThat(engineLogs(Level.ERROR, RefusalLogFilter.ENGINE_CONTEXT_LOGGER, refused)).isEqualTo(FilterReply.DENY);
    assertThat(engineLogs(Level.ERROR, RefusalLogFilter.ENGINE_CONTEXT_LOGGER, new IllegalStateException("a fault")))
        .isEqualTo(FilterReply.NEUTRAL);
    assertThat(engineLogs(Level.ERROR, "org.qualityaward.web", refused)).isEqualTo(FilterReply.NEUTRAL);
    assertThat(engineLogs(Level.DEBUG, RefusalLogFilter.ENGINE_CONTEXT_LOGGER, refused)).isEqualTo(FilterReply.NEUTRAL);
  }
}
