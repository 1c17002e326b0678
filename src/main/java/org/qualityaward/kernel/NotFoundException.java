package org.qualityaward.kernel;

/** A referenced record does not exist; the message names it. */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String message) {
    super(message);
  }
}
