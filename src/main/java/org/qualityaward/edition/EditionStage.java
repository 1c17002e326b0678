package org.qualityaward.edition;

import java.util.Optional;

/**
 * Where an edition stands in Chapter 4's procedure, in its order, with the article that orders each
 * stage: the one vocabulary for the edition's stage on record and for its timeline. The last two are
 * outcomes, not stages that take time.
 */
public enum EditionStage {
  PLAN_APPROVAL("审定评选方案", "第八条、第十五条"),
  NOTICE("发布申报通知", "第十五条"),
  APPLICATION_WINDOW("申报受理", "第十五、十六条"),
  QUALIFICATION_REVIEW("资格审查", "第十七条"),
  ACCEPTED_LIST_PUBLICITY("受理名单公示", "第十七条"),
  DOCUMENT_REVIEW("资料评审", "第十八条"),
  ONSITE_LIST_PUBLICITY("现场评审名单公示", "第十八条"),
  ONSITE_REVIEW("现场评审", "第十九条"),
  COMPREHENSIVE_EVALUATION("综合评价", "第二十条"),
  LEADING_GROUP_REVIEW("领导小组审定", "第八条、第九条"),
  PROPOSED_LIST_PUBLICITY("授奖建议名单公示", "第二十一条"),
  CITY_APPROVAL("市政府审批", "第二十二条"),
  COMMENDATION("表彰奖励", "第二十三、二十四条"),
  COMMENDED("已表彰", "第二十三条"),
  ENDED_WITHOUT_ACCEPTED_CASES("无受理申报，本届终止", "第十七条");

  private final String label;
  private final String article;

  EditionStage(String label, String article) {
    this.label = label;
    this.article = article;
  }

  public String label() {
    return label;
  }

  /** The article of the Measures that orders this stage, e.g. 第十七条. */
  public String article() {
    return article;
  }

  /** An outcome the edition ends in rather than a stage it passes through. */
  public boolean isOutcome() {
    return this == COMMENDED || this == ENDED_WITHOUT_ACCEPTED_CASES;
  }

  /** The stage that entering this activity of {@code award-edition} moves the edition to, if any. */
  public static Optional<EditionStage> enteredBy(String activityId) {
    return Optional.ofNullable(EditionStages.STAGES.get(activityId));
  }
}
