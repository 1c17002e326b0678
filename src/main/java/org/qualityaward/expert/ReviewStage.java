package org.qualityaward.expert;

/** The two stages that each get their own panel (Art 18, 19). */
public enum ReviewStage {
  DOCUMENT_REVIEW("资料评审"),
  ONSITE_REVIEW("现场评审");

  private final String label;

  ReviewStage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
