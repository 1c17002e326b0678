package org.qualityaward.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code qa.notifications}: the site's address mails link to, the sender, and how the outbox retries a
 * mail server that refuses: the first retry after {@code first-retry}, each later one twice as late, at
 * most {@code longest-retry}, given up after {@code max-attempts} (visible to the administrator).
 */
@ConfigurationProperties("qa.notifications")
record NotificationProperties(String baseUrl, String mailFrom, int maxAttempts, Duration firstRetry,
    Duration longestRetry) {

  NotificationProperties {
    baseUrl = baseUrl == null ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
    mailFrom = mailFrom == null ? "noreply@localhost" : mailFrom;
    maxAttempts = maxAttempts < 1 ? 8 : maxAttempts;
    firstRetry = firstRetry == null ? Duration.ofMinutes(1) : firstRetry;
    longestRetry = longestRetry == null ? Duration.ofHours(6) : longestRetry;
  }

  /** How long after the {@code attempts}-th failed attempt the next one is made: doubling, capped. */
  Duration retryAfter(int attempts) {
    Duration wait = firstRetry.multipliedBy(1L << Math.min(attempts - 1, 20));
    return wait.compareTo(longestRetry) > 0 ? longestRetry : wait;
  }
}
