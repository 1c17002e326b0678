package org.qualityaward.edition;

/** Where an edition stands in Chapter 4's procedure. */
public enum EditionStage {
  NOTICE("发布申报通知"),
  APPLICATION_WINDOW("申报受理中"),
  QUALIFICATION_REVIEW("资格审查"),
  ACCEPTED_LIST_PUBLICITY("受理名单公示"),
  DOCUMENT_REVIEW("资料评审"),
  ONSITE_LIST_PUBLICITY("现场评审名单公示"),
  ONSITE_REVIEW("现场评审"),
  COMPREHENSIVE_EVALUATION("综合评价与审定"),
  PROPOSED_LIST_PUBLICITY("授奖建议名单公示"),
  COMMENDED("已表彰"),
  ENDED_WITHOUT_ACCEPTED_CASES("无受理申报，本届终止");

  private final String label;

  EditionStage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
