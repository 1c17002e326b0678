package org.qualityaward.publicity;

/** What is published: a recommender's list (Art 16) / proposals (Art 18, 21), or the office's accepted list (Art 17). */
public enum PublicityKind {
  /** 推荐公示 / 建议名单公示 (Art 16, 18, 21). */
  RECOMMENDATION,
  /** 受理名单公示 (Art 17). */
  ACCEPTED_LIST
}
