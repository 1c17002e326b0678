package org.qualityaward.web;

import java.time.Duration;

/** A {@link ReceiptLookup} by a caller whose lookups found nothing too often: 429 like a submission over its limit. */
public class TooManyLookupsException extends TooManySubmissionsException {

  public TooManyLookupsException(Duration retryAfter) {
    super(retryAfter, "查询不存在的受理编号次数过多，请 " + retryAfter.toSeconds() + " 秒后再试（too many unknown receipt"
        + " numbers, retry after " + retryAfter.toSeconds() + " s）");
  }
}
