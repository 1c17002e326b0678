package org.qualityaward.complaint;

/**
 * Whom a complaint concerns (Art 9(6) 处置投诉举报); each kind is verified its own way by the office: a
 * holder towards revocation (Art 30), a candidate during the evaluation, a person working on the award (Art 29).
 */
enum ComplaintSubject {
  /** 获奖单位或个人: the honour it names (Art 26, 30). */
  HOLDER("获奖单位或个人"),
  /** 评选期间的参评单位或个人: the application it names. */
  CANDIDATE("评选期间的参评单位或个人"),
  /** 承担评审工作的机构和人员 (Art 29): named in free text with their role, no identity numbers. */
  AWARD_STAFF("承担评审工作的机构和人员");

  private final String label;

  ComplaintSubject(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
