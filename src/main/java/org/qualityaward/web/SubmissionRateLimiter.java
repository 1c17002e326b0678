package org.qualityaward.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Sliding-window limits for public submissions: per client (IP address) at most {@code
 * perClientPerMinute} in any 60 seconds and {@code perClientPerHour} in any hour, and at most
 * {@code globalPerMinute} from everybody together in any 60 seconds. Only accepted submissions
 * count, so a refused flood does not extend its own wait. In memory, per application node: a
 * cluster of N nodes lets N times as much through, which is fine against floods.
 */
class SubmissionRateLimiter {

  /** The limits; every number at least 1. */
  public record Limits(int perClientPerMinute, int perClientPerHour, int globalPerMinute) {
    public Limits {
      if (perClientPerMinute < 1 || perClientPerHour < 1 || globalPerMinute < 1) {
        throw new IllegalArgumentException("qa.public-submissions.* 必须至少为 1（limits must be at least 1）: "
            + perClientPerMinute + ", " + perClientPerHour + ", " + globalPerMinute);
      }
    }
  }

  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final Duration HOUR = Duration.ofHours(1);

  private final Limits limits;
  private final Clock clock;
  private final Map<String, Deque<Instant>> byClient = new HashMap<>();
  private final Deque<Instant> global = new ArrayDeque<>();
  private Instant lastSweep = Instant.EPOCH;

  public SubmissionRateLimiter(Limits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
  }

  public Limits limits() {
    return limits;
  }

  /**
   * Counts a submission of {@code client} if it is within all limits; otherwise counts nothing and
   * answers how long to wait (whole seconds, at least 1) until it would be accepted.
   */
  public synchronized Optional<Duration> tryAcquire(String client) {
    Instant now = clock.instant();
    sweep(now);
    Deque<Instant> mine = byClient.computeIfAbsent(client, c -> new ArrayDeque<>());
    drop(mine, now.minus(HOUR));
    drop(global, now.minus(MINUTE));
    Duration wait = Duration.ZERO;
    wait = max(wait, waitFor(global, limits.globalPerMinute(), MINUTE, now));
    wait = max(wait, waitFor(mine, limits.perClientPerHour(), HOUR, now));
    wait = max(wait, waitForRecent(mine, limits.perClientPerMinute(), now));
    if (!wait.isZero()) {
      if (mine.isEmpty()) {
        byClient.remove(client);
      }
      long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
      return Optional.of(Duration.ofSeconds(seconds));
    }
    mine.addLast(now);
    global.addLast(now);
    return Optional.empty();
  }

  /** Clients silent for an hour are forgotten, at most once a minute. */
  private void sweep(Instant now) {
    if (Duration.between(lastSweep, now).compareTo(MINUTE) < 0) {
      return;
    }
    lastSweep = now;
    Instant cut = now.minus(HOUR);
    for (Iterator<Deque<Instant>> it = byClient.values().iterator(); it.hasNext(); ) {
      Deque<Instant> q = it.next();
      drop(q, cut);
      if (q.isEmpty()) {
        it.remove();
      }
    }
  }

  /** The window holds only entries after {@code cut}. */
  private static void drop(Deque<Instant> q, Instant cut) {
    while (!q.isEmpty() && !q.peekFirst().isAfter(cut)) {
      q.pollFirst();
    }
  }

  /** {@code q} holds the entries within {@code window}; full means waiting until the oldest one leaves. */
  private static Duration waitFor(Deque<Instant> q, int limit, Duration window, Instant now) {
    if (q.size() < limit) {
      return Duration.ZERO;
    }
    // the (size - limit + 1)-th oldest must leave; entries are in time order
    Iterator<Instant> it = q.iterator();
    Instant leaving = it.next();
    for (int i = 0; i < q.size() - limit; i++) {
      leaving = it.next();
    }
    return Duration.between(now, leaving.plus(window));
  }

  /** The per-minute limit over the client's last hour of entries. */
  private static Duration waitForRecent(Deque<Instant> q, int limit, Instant now) {
    Instant cut = now.minus(MINUTE);
    Deque<Instant> recent = new ArrayDeque<>();
    for (Instant t : q) {
      if (t.isAfter(cut)) {
        recent.addLast(t);
      }
    }
    return waitFor(recent, limit, MINUTE, now);
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
