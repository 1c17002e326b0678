package org.qualityaward.operations;

import java.util.Set;
import org.qualityaward.platform.HistoryWithout;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The counters the engine keeps on every multi-instance step (a panel's members, the departments' opinions, the
 * edition's cases) are not written to its history (issue 16). Each is a variable of the step's executions, updated
 * at every completion; in history each update read the variable's row and wrote it again, about three statements a
 * task of an edition, for numbers nobody reads afterwards: the tasks and activities each instance ran stay in
 * history, and the engine keeps the counters at run time as before.
 */
@Configuration(proxyBeanMethods = false)
class MultiInstanceCounters {

  static final Set<String> NAMES = Set.of("nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances",
      "loopCounter");

  @Bean
  HistoryWithout multiInstanceCountersOutOfHistory() {
    return HistoryWithout.variablesOfEveryProcess(NAMES);
  }
}
