package org.qualityaward.expert;

/** Why an expert of the pool may not sit on a case's panel; declared order = order of the checks. */
enum ExclusionReason {
  EMPLOYED_BY_APPLICANT("受聘于申报单位"),
  /** The expert's employer and the applicant are one group: either is the group, or both belong to it. */
  EMPLOYED_BY_APPLICANT_GROUP("受聘于申报单位所属集团或同一集团的单位"),
  SERVED_RECOMMENDER("服务于该申报的推荐单位"),
  /** Declared on the panel (a redraw), or on the expert's record against the applicant or its group. */
  DECLARED_CONFLICT("本人声明回避"),
  INACTIVE("未启用"),
  /** Art 10: the expert's record no longer meets 评审员应具备的条件 (degree, years, training, declarations). */
  CONDITIONS_NOT_MET("不符合第十条评审员条件"),
  /** Art 9(4): the office rated the expert below qa.experts.exclude-below and has not reinstated them. */
  RATED_OUT("考核等级低于规定，待质量办恢复");

  private final String label;

  ExclusionReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
