package org.qualityaward.eligibility;

/** Who applies: an organisation (Art 11) or an individual (Art 12). */
public enum ApplicationKind {
  ORGANIZATION("组织"),
  INDIVIDUAL("个人");

  private final String label;

  ApplicationKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
