package org.qualityaward.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The sliding windows of the public-submission limiter, on a clock the test moves. */
class SubmissionRateLimiterTest {

  static final class MovingClock extends Clock {
    Instant now = Instant.parse("2026-06-01T01:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override public ZoneId getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(ZoneId zone) { return this; }
    @Override public Instant instant() { return now; }
  }

  private final MovingClock clock = new MovingClock();

  @Test
  @DisplayName("per client: the 4th submission within a minute waits until the first leaves the window")
  void perClientPerMinute() {
    var limiter = new SubmissionRateLimiter(new SubmissionRateLimiter.Limits(3, 10, 100), clock);
    assertThat(limiter.tryAcquire("10.0.0.1")).isEmpty();
    clock.advance(Duration.ofSeconds(10));
    assertThat(limiter.tryAcquire("10.0.0.1")).isEmpty();
    assertThat(limiter.tryAcquire("10.0.0.1")).isEmpty();
    assertThat(limiter.tryAcquire("10.0.0.1")).contains(Duration.ofSeconds(50));
    assertThat(limiter.tryAcquire("10.0.0.2")).as("another client is not affected").isEmpty();
    clock.advance(Duration.ofSeconds(50));
    assertThat(limiter.tryAcquire("10.0.0.1")).isEmpty();
  }

  @Test
  @DisplayName("per client: at most N an hour, even when spread over minutes; refused calls do not count")
  void perClientPerHour() {
    var limiter = new SubmissionRateLimiter(new SubmissionRateLimiter.Limits(3, 5, 100), clock);
    for (int i = 0; i < 5; i++) {
      assertThat(limiter.tryAcquire("10.0.0.1")).isEmpty();
      clock.advance(Duration.ofMinutes(2));
    }
    // first one was 10 minutes ago: it leaves the hour in 50 minutes
    assertThat(limiter.tryAcquire("10.0.0.1")).contains(Duration.ofMinutes(50));
    clock.advance(Duration.ofMinutes(49));
    assertThat(limiter.tryAcquire("10.0.0.1")).contains(Duration.ofMinutes(1));
    clock.advance(Duration.ofMinutes(1));
    assertThat(limiter.tryAcquire("10.0.0.1")).isEmpty();
  }

  @Test
  @DisplayName("global: a flood from many addresses is capped per minute for everybody")
  void globalCeiling() {
    var limiter = new SubmissionRateLimiter(new SubmissionRateLimiter.Limits(3, 10, 4), clock);
    for (int i = 0; i < 4; i++) {
      assertThat(limiter.tryAcquire("10.0.1." + i)).isEmpty();
    }
    assertThat(limiter.tryAcquire("10.0.2.1")).contains(Duration.ofSeconds(60));
    clock.advance(Duration.ofSeconds(60));
    assertThat(limiter.tryAcquire("10.0.2.1")).isEmpty();
  }

  @Test
  @DisplayName("given back: a form refused for its fields counts for nobody; what was not stored counts for its client alone")
  void givenBack() {
    var limiter = new SubmissionRateLimiter(new SubmissionRateLimiter.Limits(2, 10, 3), clock);
    for (int i = 0; i < 10; i++) {
      assertThat(limiter.tryAcquire("10.0.3.1")).as("field errors, given back").isEmpty();
      limiter.release("10.0.3.1", true, true);
    }
    for (int i = 0; i < 2; i++) {
      assertThat(limiter.tryAcquire("10.0.3.2")).isEmpty();
      limiter.release("10.0.3.2", false, true);
    }
    assertThat(limiter.tryAcquire("10.0.3.2")).as("not stored: the client's own count stands").contains(Duration.ofSeconds(60));
    for (int i = 3; i <= 5; i++) {
      assertThat(limiter.tryAcquire("10.0.3." + i)).as("nobody else waits for what was not stored").isEmpty();
    }
    assertThat(limiter.tryAcquire("10.0.3.6")).as("three stored fill the shared limit").contains(Duration.ofSeconds(60));
  }

  @Test
  @DisplayName("a client is an IPv4 address or an IPv6 /64 (one subscriber's network)")
  void clients() {
    assertThat(SubmissionRateLimiter.client("10.0.0.1")).isEqualTo("10.0.0.1");
    assertThat(SubmissionRateLimiter.client("2001:db8:1:2:aaaa::1"))
        .isEqualTo(SubmissionRateLimiter.client("2001:db8:1:2:bbbb:cccc:dddd:eeee"))
        .isNotEqualTo(SubmissionRateLimiter.client("2001:db8:1:3::1"));
  }

  @Test
  @DisplayName("limits below 1 are refused at start-up")
  void invalidLimits() {
    assertThatThrownBy(() -> new SubmissionRateLimiter.Limits(0, 10, 60)).isInstanceOf(IllegalArgumentException.class);
  }
}
