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
}
