package org.qualityaward.recommender;

/** The three channels of Art 16. */
public enum RecommenderType {
  CITY_DEPARTMENT("市有关部门"),
  COUNTY_REGULATOR("县（市、区）市场监管部门"),
  TRADE_ASSOCIATION("市市场监管部门委托的行业协会");

  private final String label;

  RecommenderType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
