package org.qualityaward.testing;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Edition years are unique (one edition a year) in a database, and each Spring test context has its own
 * in-memory database, which the test classes using that context share: every test takes its years from
 * its context's counter, so no two tests of a context can collide while other contexts start afresh.
 * 2099 is the publicity tests' own, and editions refuse years outside 2000–2100: a test class that needs
 * many cases shares one edition. The listener (META-INF/spring.factories) tells which context a test uses.
 */
public final class EditionYears implements TestExecutionListener {

  private static final int FIRST = 2000;
  private static final int LAST = 2100;
  private static final int PUBLICITY_TESTS = 2099;

  private static final Map<Object, AtomicInteger> NEXT = Collections.synchronizedMap(new IdentityHashMap<>());
  /** The context of the running test; tests outside Spring's (their own databases) share one counter. */
  private static volatile Object current = EditionYears.class;

  public static int next() {
    int year = NEXT.computeIfAbsent(current, context -> new AtomicInteger(FIRST)).getAndIncrement();
    if (year == PUBLICITY_TESTS) {
      return next();
    }
    if (year > LAST) {
      throw new IllegalStateException("no edition years left for tests of this context");
    }
    return year;
  }

  @Override
  public void beforeTestClass(TestContext testContext) {
    current = testContext.getApplicationContext();
  }

  @Override
  public void prepareTestInstance(TestContext testContext) {
    current = testContext.getApplicationContext();
  }

  @Override
  public void beforeTestMethod(TestContext testContext) {
    current = testContext.getApplicationContext();
  }
}
