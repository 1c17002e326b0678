package org.qualityaward.web;

import java.time.Duration;

/**
 * A {@link PublicSubmission} over the {@link SubmissionRateLimiter}'s limits: answered 429 with
 * {@code Retry-After} — a problem for the API ({@link ApiExceptionHandler}), a page for the notice board.
 */
public class TooManySubmissionsException extends RuntimeException {

  private final Duration retryAfter;

  public TooManySubmissionsException(Duration retryAfter) {
    this(retryAfter, "提交过于频繁，请 " + retryAfter.toSeconds() + " 秒后再试（too many submissions, retry after "
        + retryAfter.toSeconds() + " s）");
  }

  protected TooManySubmissionsException(Duration retryAfter, String message) {
    super(message);
    this.retryAfter = retryAfter;
  }

  /** Whole seconds, at least 1. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
