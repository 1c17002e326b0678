package org.qualityaward.application;

import org.qualityaward.honour.AwardLevel;

/** How a case ended; null while it runs. */
public enum ApplicationOutcome {
  INELIGIBLE("不符合申报条件"),
  /** Art 4(1) 自愿申报: the applicant withdrew before acceptance. */
  WITHDRAWN("申报人已撤回"),
  NOT_RECOMMENDED("未获推荐"),
  REJECTED("不予受理"),
  DISQUALIFIED("经调查属实取消资格"),
  NOT_AWARDED("未获奖"),
  NOMINATION(AwardLevel.NOMINATION.label()),
  AWARD(AwardLevel.AWARD.label()),
  /** Art 33: the renewal re-evaluation kept the award. */
  RENEWED("复评通过，继续获得市政府质量奖"),
  /** Art 33: the renewal re-evaluation did not keep it (score, leading group, objection, city government, revocation). */
  NOT_RENEWED("复评未通过");

  private final String label;

  ApplicationOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** How a ranked case ends at its proposed level (Art 22): {@code NONE} is not awarded. */
  public static ApplicationOutcome of(AwardLevel level) {
    return switch (level) {
      case AWARD -> AWARD;
      case NOMINATION -> NOMINATION;
      case NONE -> NOT_AWARDED;
    };
  }
}
