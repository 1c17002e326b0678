package org.qualityaward.expert;

/**
 * An expert's education; Art 10(2) asks for 大学及大学以上文化程度, which in official Chinese usage means a college
 * diploma (大学专科) or above: the census bulletins write 「大学（指大专及以上）文化程度」.
 */
public enum Degree {
  DOCTOR("博士研究生", true),
  MASTER("硕士研究生", true),
  BACHELOR("大学本科", true),
  COLLEGE("大学专科", true),
  OTHER("其他", false);

  private final String label;
  private final boolean university;

  Degree(String label, boolean university) {
    this.label = label;
    this.university = university;
  }

  public String label() {
    return label;
  }

  /** Art 10(2): 大学及大学以上文化程度. */
  public boolean meetsArticle10() {
    return university;
  }
}
