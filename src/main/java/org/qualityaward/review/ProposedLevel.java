package org.qualityaward.review;

/** What the comprehensive evaluation proposes for a candidate (Art 6, 20). */
public enum ProposedLevel {
  AWARD("市政府质量奖"),
  NOMINATION("提名奖"),
  NONE("不授奖");

  private final String label;

  ProposedLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
