package org.qualityaward.application;

/** The steps at which a unit gives its opinion on a case, with the words for a yes and a no. */
enum OpinionStep {
  RECOMMENDER_REVIEW("推荐单位审核（第十六条）", "同意推荐", "不同意推荐"),
  RECOMMENDER_SIGN_OFF("推荐单位签署推荐意见（第十六条）", "已签署", "未签署"),
  COUNTY_CONSENT("县级议事协调机构（第十六条）", "同意推荐", "不同意推荐"),
  DEPARTMENT("市相关部门意见（第十七条）", "无异议", "有异议");

  private final String label;
  private final String yes;
  private final String no;

  OpinionStep(String label, String yes, String no) {
    this.label = label;
    this.yes = yes;
    this.no = no;
  }

  String label() {
    return label;
  }

  String verdict(boolean approved) {
    return approved ? yes : no;
  }
}
