package org.qualityaward.platform;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receipt numbers for what the public files (objections {@code YY-2026-000123}, complaints {@code
 * TS-…}): gapless per series and year, the year's row locked while the filing's transaction runs.
 * Two first filings of a year racing to create the row make one fail on the primary key (409 to
 * the caller, who retries).
 */
@Service
public class ReceiptNumbers {

  private final ReceiptCounterRepository counters;

  ReceiptNumbers(ReceiptCounterRepository counters) {
    this.counters = counters;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public String next(String series, int year) {
    String id = series + "-" + year;
    ReceiptCounter counter = counters.lock(id).orElseGet(() -> counters.saveAndFlush(new ReceiptCounter(id)));
    return String.format("%s-%06d", id, counter.next());
  }
}
