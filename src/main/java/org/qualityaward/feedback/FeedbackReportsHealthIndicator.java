package org.qualityaward.feedback;

import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code feedbackReports} in {@code /actuator/health}: whether this node can make feedback reports, that is
 * whether it found a Chinese TrueType font (which, where, or what to install). Without one every report is
 * refused, so the status is DOWN, which turns the node's overall status DOWN as a stopped job executor does,
 * for monitoring to notice; readiness does not include it, the pages keep working. A found font is not opened
 * again for health requests, which anyone may send; a missing one is looked for again at most every
 * {@link #LOOK_AGAIN}, so a font installed while the node runs shows without a restart.
 */
@Component
class FeedbackReportsHealthIndicator implements HealthIndicator {

  static final Duration LOOK_AGAIN = Duration.ofSeconds(10);

  private final ReportFont font;
  private final Duration lookAgain;

  @Autowired
  FeedbackReportsHealthIndicator(ReportFont font) {
    this(font, LOOK_AGAIN);
  }

  FeedbackReportsHealthIndicator(ReportFont font, Duration lookAgain) {
    this.font = font;
    this.lookAgain = lookAgain;
  }

  @Override
  public Health health() {
    ReportFont.Availability found = font.availability();
    if (!found.available() && !found.lookedAt().plus(lookAgain).isAfter(Instant.now())) {
      found = font.lookAgain();
    }
    return found.available()
        ? Health.up().withDetail("font", found.font()).withDetail("path", found.path()).build()
        : Health.down().withDetail("reason", found.reason()).build();
  }
}
