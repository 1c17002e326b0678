package org.qualityaward.eligibility;

/** The three kinds of credit record Art 11(6) names. */
public enum CreditRecordType {
  ABNORMAL_OPERATION("经营异常名录"),
  SERIOUS_DISHONESTY("严重违法失信名单"),
  ADMINISTRATIVE_PENALTY("行政处罚");

  private final String label;

  CreditRecordType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
