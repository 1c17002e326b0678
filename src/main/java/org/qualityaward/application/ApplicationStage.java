package org.qualityaward.application;

/** Where a case stands; the stages of Art 16-19 in order (a renewal, Art 33, starts at its material). */
public enum ApplicationStage {
  SUBMITTED("已提交"),
  RECOMMENDER_REVIEW("推荐单位审核"),
  RECOMMENDER_PUBLICITY("推荐单位公示"),
  RECOMMENDER_SIGN_OFF("推荐单位签署意见"),
  COUNTY_CONSENT("县级议事协调机构同意"),
  QUALIFICATION_REVIEW("市质强办资格审查"),
  /** A renewal case (Art 33) while its holder uploads the validity's evidence and updates its profile. */
  RENEWAL_MATERIAL("提交复评材料"),
  ACCEPTED("已受理"),
  DOCUMENT_REVIEW("资料评审"),
  DOCUMENT_REVIEWED("资料评审完成"),
  ONSITE_REVIEW("现场评审"),
  ONSITE_REVIEWED("现场评审完成"),
  CLOSED("已结束");

  private final String label;

  ApplicationStage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
