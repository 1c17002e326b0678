package org.qualityaward.publicity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** "Now" for publicities: the engine clock (so tests can move it) in the configured zone. */
@Component
public class PublicityClock {

  private final PublicityProperties properties;

  public PublicityClock(PublicityProperties properties) {
    this.properties = properties;
  }

  public LocalDateTime now() {
    return ClockUtil.getCurrentTime().toInstant().atZone(properties.zone()).toLocalDateTime();
  }

  public LocalDate today() {
    return now().toLocalDate();
  }
}
