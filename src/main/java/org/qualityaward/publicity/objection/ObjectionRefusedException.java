package org.qualityaward.publicity.objection;

/** An objection that cannot be filed; {@link #reason()} tells the API which status to answer. */
public class ObjectionRefusedException extends RuntimeException {

  public enum Reason {
    /** The publicity does not exist (404). */
    PUBLICITY_NOT_FOUND,
    /** The application objected to is not on that publicity's list (422, field applicationId). */
    CANDIDATE_NOT_IN_PUBLICITY,
    /** The period has not begun or is over (409). */
    OUTSIDE_PERIOD,
    /** No objection with that receipt number (404). */
    OBJECTION_NOT_FOUND
  }

  private final Reason reason;

  public ObjectionRefusedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
