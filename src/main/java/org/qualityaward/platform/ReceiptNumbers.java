package org.qualityaward.platform;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receipt numbers for what the public files (objections {@code YY-2026-000123-K7QX9M}, complaints
 * {@code TS-…}): gapless per series and year, the year's row locked while the filing's transaction
 * runs. Two first filings of a year racing to create the row make one fail on the primary key (409
 * to the caller, who retries). Anyone holding a receipt may read its answer, so each ends with a
 * random check code: the serial alone, or a neighbour's, opens nothing.
 */
@Service
public class ReceiptNumbers {

  /** No 0/O, 1/I/L: people read receipts aloud and copy them from paper. */
  private static final String CHECK_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  private static final int CHECK_LENGTH = 6;

  private final ReceiptCounterRepository counters;
  private final SecureRandom random = new SecureRandom();

  ReceiptNumbers(ReceiptCounterRepository counters) {
    this.counters = counters;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public String next(String series, int year) {
    String id = series + "-" + year;
    ReceiptCounter counter = counters.findLockedById(id).orElseGet(() -> counters.saveAndFlush(new ReceiptCounter(id)));
    return String.format("%s-%06d-%s", id, counter.next(), checkCode());
  }

  /**
   * The receipt number without its check code (YY-2026-000012): what others than the one who filed and the
   * office are shown, since the whole number opens the answer to them, which may name them.
   */
  public static String serial(String receipt) {
    return receipt.substring(0, receipt.lastIndexOf('-'));
  }

  /**
   * A receipt number as people type it, in the form it was issued: a phone's lower case, a Chinese keyboard's
   * full-width letters and dashes (NFKC), other dashes, spaces. Anything else stays as typed, and finds nothing.
   */
  public static String typed(String receipt) {
    return Normalizer.normalize(receipt, Normalizer.Form.NFKC).replaceAll("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63]", "-")
        .replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }

  private String checkCode() {
    StringBuilder code = new StringBuilder(CHECK_LENGTH);
    for (int i = 0; i < CHECK_LENGTH; i++) {
      code.append(CHECK_LETTERS.charAt(random.nextInt(CHECK_LETTERS.length())));
    }
    return code.toString();
  }
}
