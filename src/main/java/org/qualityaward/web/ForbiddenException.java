package org.qualityaward.web;

/** The caller is known but may not see or change this record; the message says who may. */
public class ForbiddenException extends RuntimeException {
  public ForbiddenException(String message) {
    super(message);
  }
}
