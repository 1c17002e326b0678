package org.qualityaward.renewal;

/** Where a renewal (复评, Art 33) stands. */
public enum RenewalState {
  DECLINED("获奖者不申请复评"),
  NOT_REQUESTED("申请截止日前未申请复评"),
  UNDER_REVIEW("复评中"),
  RENEWED("复评通过，重新颁发荣誉"),
  NOT_RENEWED("复评未通过"),
  ENDED_BY_REVOCATION("荣誉被撤销，复评终止");

  private final String label;

  RenewalState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
