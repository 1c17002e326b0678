package org.qualityaward.testing;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Edition years are unique (one edition a year) and tests share Spring contexts: every test takes
 * its years from this one counter, so no two tests can collide. 2099 and 2100 are other tests' own;
 * after 2098 the counter goes on from 2101 (the API caps a year at 2100, the services do not).
 */
public final class EditionYears {

  private static final AtomicInteger NEXT = new AtomicInteger(2001);

  private EditionYears() {}

  public static int next() {
    int year = NEXT.getAndIncrement();
    if (year == 2099 || year == 2100) {
      return next();
    }
    if (year > 2999) {
      throw new IllegalStateException("no edition years left for tests");
    }
    return year;
  }
}
