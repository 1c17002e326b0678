package org.qualityaward.kernel;

/** The caller is known but may not see or change this record; the message says who may. */
public class NotAllowedException extends RuntimeException {
  public NotAllowedException(String message) {
    super(message);
  }
}
