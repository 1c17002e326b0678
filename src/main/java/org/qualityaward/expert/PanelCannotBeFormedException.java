package org.qualityaward.expert;

/**
 * The pool cannot form a valid panel for the case (Art 10): the message says what is missing. Thrown
 * from a service task it becomes a Cockpit incident; a smaller panel is never formed instead.
 */
class PanelCannotBeFormedException extends RuntimeException {
  public PanelCannotBeFormedException(String message) {
    super(message);
  }
}
