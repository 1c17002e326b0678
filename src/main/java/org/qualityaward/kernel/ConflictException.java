package org.qualityaward.kernel;

/** The request contradicts what is already stored (duplicate, closed intake, stale version). */
public class ConflictException extends RuntimeException {
  public ConflictException(String message) {
    super(message);
  }
}
