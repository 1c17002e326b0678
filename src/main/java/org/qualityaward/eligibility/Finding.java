package org.qualityaward.eligibility;

/**
 * The outcome of one rule: its code (DESIGN §4), the article it applies, and why. {@code toConfirm} marks a
 * finding that passes on what the applicant declared while a record disagrees (需核实): it does not bar the
 * case, but the office must confirm it before accepting the case (Art 17).
 */
public record Finding(String rule, String article, boolean passed, boolean toConfirm, String message) {

  /**
   * The article as the Measures cite it, for the texts applicants and staff read: {@code Art 11(2)} is
   * 第十一条第（二）项, {@code Art 33} 第三十三条; the API keeps the code form in {@code article}.
   */
  public String articleLabel() {
    return Articles.chinese(article);
  }
}
