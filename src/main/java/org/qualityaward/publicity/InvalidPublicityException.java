package org.qualityaward.publicity;

/** A publicity request that the Measures do not allow (e.g. fewer than 5 working days). */
class InvalidPublicityException extends IllegalArgumentException {

  public InvalidPublicityException(String message) {
    super(message);
  }
}
