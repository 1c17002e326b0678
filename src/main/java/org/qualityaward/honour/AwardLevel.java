package org.qualityaward.honour;

/** The two levels of 市政府质量奖 (Art 3). */
public enum AwardLevel {
  AWARD("市政府质量奖"),
  NOMINATION("市政府质量奖提名奖");

  private final String label;

  AwardLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
