package org.qualityaward.publicity;

/** What is published: a recommender's candidate (Art 16) and the office's lists (Art 17, 18, 21). */
public enum PublicityKind {
  /** 推荐公示 (Art 16). */
  RECOMMENDATION,
  /** 受理名单公示 (Art 17). */
  ACCEPTED_LIST,
  /** 现场评审建议名单及主要业绩公示 (Art 18). */
  ONSITE_LIST,
  /** 授奖建议名单评议公示 (Art 21). */
  PROPOSED_AWARDS,
  /** 复评结果公示 (Art 33): a renewal re-evaluation's result, published like the proposed winners. */
  RENEWAL_RESULT
}
