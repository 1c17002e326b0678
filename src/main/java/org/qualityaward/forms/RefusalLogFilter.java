package org.qualityaward.forms;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Set;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.kernel.InadmissibleException;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.kernel.NotAllowedException;
import org.qualityaward.kernel.NotFoundException;
import org.slf4j.Marker;

/**
 * The engine logs every exception that ends a command at ERROR (ENGINE-16004), a form's refusal too: a
 * person's mistake, already answered to them (400, 409, 404, 403), would read as a fault in the log, and
 * its message may quote what they typed (the birth date digits of a mistyped ID number). Those lines are
 * left out, as the engine itself logs its own user errors (BadUserRequestException) only at DEBUG; every
 * other exception is logged as before. Added to Spring Boot's logging as it is set up ({@link
 * RefusalLogging}), so its defaults stay as they are (no file unless {@code logging.file.name} is set).
 */
class RefusalLogFilter extends TurboFilter {

  static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

  private static final Set<Class<? extends RuntimeException>> REFUSALS = Set.of(InvalidInputException.class,
      ConflictException.class, NotFoundException.class, NotAllowedException.class, InadmissibleException.class);

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
      Throwable t) {
    if (format == null || level != Level.ERROR || !ENGINE_CONTEXT_LOGGER.equals(logger.getName())) {
      return FilterReply.NEUTRAL;
    }
    // the engine passes the exception as the last argument, not as t
    Throwable thrown = t != null ? t
        : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
    return isRefusal(thrown) ? FilterReply.DENY : FilterReply.NEUTRAL;
  }

  static boolean isRefusal(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      Throwable current = cause;
      if (REFUSALS.stream().anyMatch(type -> type.isInstance(current))) {
        return true;
      }
    }
    return false;
  }
}
