package org.qualityaward.testing;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Edition years are unique (one edition a year) and tests share Spring contexts: every test takes
 * its years from this one counter, so no two tests can collide. 2099 is the publicity tests' own, and
 * editions refuse years after 2100: a test class that needs many cases shares one edition.
 */
public final class EditionYears {

  private static final AtomicInteger NEXT = new AtomicInteger(2000);

  private EditionYears() {}

  public static int next() {
    int year = NEXT.getAndIncrement();
    if (year == 2099) {
      return next();
    }
    if (year > 2100) {
      throw new IllegalStateException("no edition years left for tests");
    }
    return year;
  }
}
