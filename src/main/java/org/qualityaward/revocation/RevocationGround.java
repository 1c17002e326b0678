package org.qualityaward.revocation;

/**
 * The four grounds of Art 30 on which the leading group revokes an honour. Misuse of the honour
 * in advertising, selling or renting it out (Art 26) is a breach of the Measures and so recorded
 * as 30(4) "违反本办法规定情形".
 */
public enum RevocationGround {
  FRAUD("Art 30(1)", "第三十条第（一）项", "弄虚作假，或以贿赂等不正当手段骗取市政府质量奖"),
  SPOT_CHECK_FAILURE("Art 30(2)", "第三十条第（二）项", "在国家、省、市、县产品监督抽查中产品有严重质量问题"),
  ACCIDENT("Art 30(3)", "第三十条第（三）项", "有效期内发生重大质量、环境、安全生产责任事故"),
  VIOLATION("Art 30(4)", "第三十条第（四）项", "有效期内存在严重违法、违规、违纪情况及违反本办法规定情形（含第二十六条违规宣传、出售出租）");

  private final String article;
  private final String articleZh;
  private final String label;

  RevocationGround(String article, String articleZh, String label) {
    this.article = article;
    this.articleZh = articleZh;
    this.label = label;
  }

  public String article() {
    return article;
  }

  public String articleZh() {
    return articleZh;
  }

  public String label() {
    return label;
  }

  /** "第三十条第（一）项：弄虚作假…" as the ban, the announcement and the answers name it. */
  public String describe() {
    return articleZh + "：" + label;
  }
}
