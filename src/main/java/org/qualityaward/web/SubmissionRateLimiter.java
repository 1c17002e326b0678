package org.qualityaward.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Sliding-window limits for public submissions: per client (an IPv4 address, an IPv6 /64, what one
 * subscriber gets) at most {@code perClientPerMinute} in any 60 seconds and {@code perClientPerHour} in
 * any hour, and at most {@code globalPerMinute} stored ones from everybody together in any 60 seconds.
 * A request is counted as it comes in and given back ({@link #release}) by what it turned out to be: a form
 * refused for its fields does not count (a citizen correcting a typo on a publicity's last day is not made
 * to wait), and only what was stored counts towards the shared limit (a flood of empty posts from many
 * addresses cannot shut everyone out); a request refused here counts nothing, so a refused flood does not
 * extend its own wait. In memory, per
 * application node: a cluster of N nodes lets N times as much through, which is fine against floods.
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
   * Counts a submission of {@code client} if it is within all limits, in one step (parallel requests cannot all
   * pass before any is counted); otherwise counts nothing and answers how long to wait (whole seconds, at least 1)
   * until it would be accepted. What the request turns out to be may give the count back ({@link #release}).
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
      return Optional.of(Duration.ofSeconds(Math.max(1, (wait.toMillis() + 999) / 1000)));
    }
    mine.addLast(now);
    global.addLast(now);
    return Optional.empty();
  }

  /**
   * Gives back what {@link #tryAcquire} counted for a request that turned out not to count: for the client (a form
   * refused for its fields), for everybody (nothing stored), or both.
   */
  public synchronized void release(String client, boolean forClient, boolean forEverybody) {
    Deque<Instant> mine = byClient.get(client);
    if (forClient && mine != null && !mine.isEmpty()) {
      mine.pollLast();
    }
    if (forEverybody && !global.isEmpty()) {
      global.pollLast();
    }
  }

  /** The client a remote address stands for: an IPv4 address, or the /64 network of an IPv6 one. */
  static String client(String remoteAddress) {
    if (remoteAddress == null || !remoteAddress.contains(":")) {
      return remoteAddress;
    }
    try {
      byte[] address = InetAddress.getByName(remoteAddress).getAddress(); // a literal: no name lookup
      if (address.length != 16) {
        return remoteAddress;
      }
      return HexFormat.of().formatHex(address, 0, 8) + "::/64";
    } catch (UnknownHostException notALiteral) {
      return remoteAddress;
    }
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
