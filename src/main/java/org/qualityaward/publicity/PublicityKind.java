package org.qualityaward.publicity;

/** What is published: a recommender's candidate (Art 16) and the office's lists (Art 17, 18, 21). */
public enum PublicityKind {
  /** 推荐公示 (Art 16). */
  RECOMMENDATION("推荐公示", "第十六条"),
  /** 受理名单公示 (Art 17). */
  ACCEPTED_LIST("受理名单公示", "第十七条"),
  /** 现场评审建议名单及主要业绩公示 (Art 18). */
  ONSITE_LIST("现场评审建议名单及主要业绩公示", "第十八条"),
  /** 授奖建议名单评议公示 (Art 21). */
  PROPOSED_AWARDS("授奖建议名单评议公示", "第二十一条"),
  /** 复评结果公示 (Art 33): a renewal re-evaluation's result, published like the proposed winners. */
  RENEWAL_RESULT("复评结果公示", "第三十三条");

  private final String label;
  private final String article;

  PublicityKind(String label, String article) {
    this.label = label;
    this.article = article;
  }

  /** The kind in Chinese, as the notice board names it. */
  public String label() {
    return label;
  }

  /** The article of the Measures that orders this publicity, e.g. 第十七条. */
  public String article() {
    return article;
  }
}
