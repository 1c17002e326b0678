package org.qualityaward.forms;

import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Puts {@link RefusalLogFilter} into the logging Spring Boot set up, once however many contexts a JVM runs. */
@Component
class RefusalLogging {

  RefusalLogging() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging
        && logging.getTurboFilterList().stream().noneMatch(RefusalLogFilter.class::isInstance)) {
      RefusalLogFilter filter = new RefusalLogFilter();
      filter.start();
      logging.addTurboFilter(filter);
    }
  }
}
