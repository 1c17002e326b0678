package org.qualityaward.application;

/** How a case ended; null while it runs. Award outcomes come with the evaluation stages. */
public enum ApplicationOutcome {
  INELIGIBLE("不符合申报条件"),
  NOT_RECOMMENDED("未获推荐"),
  REJECTED("不予受理"),
  DISQUALIFIED("经公示异议取消资格");

  private final String label;

  ApplicationOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
