package org.qualityaward.review;

/** The two scoring stages, each with its own panel and report (Art 18, 19). */
public enum ReviewStage {
  DOCUMENT_REVIEW("资料评审", "资料评审报告", "第十八条"),
  ONSITE_REVIEW("现场评审", "现场评审报告", "第十九条");

  private final String label;
  private final String reportName;
  private final String article;

  ReviewStage(String label, String reportName, String article) {
    this.label = label;
    this.reportName = reportName;
    this.article = article;
  }

  public String label() {
    return label;
  }

  public String reportName() {
    return reportName;
  }

  public String article() {
    return article;
  }

  /**
   * The business key of a case's panel in this stage, e.g. {@code BDQA-2026-0001 资料评审}: Cockpit lists the
   * panels and their members' reviews by it, and the key is indexed (a variable's value is not).
   */
  public String panelBusinessKey(String applicationNumber) {
    return applicationNumber + " " + label;
  }
}
