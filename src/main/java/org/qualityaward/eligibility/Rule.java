package org.qualityaward.eligibility;

/** One eligibility rule of DESIGN §4: its code, the article it applies and the kinds it covers. */
abstract class Rule {

  private final String code;
  private final String article;

  Rule(String code, String article) {
    this.code = code;
    this.article = article;
  }

  abstract boolean appliesTo(ApplicationKind kind);

  abstract Finding check(EligibilityInput input);

  final Finding passed(String message) {
    return new Finding(code, article, true, message);
  }

  final Finding failed(String message) {
    return new Finding(code, article, false, message);
  }

  final Finding finding(boolean passed, String message) {
    return new Finding(code, article, passed, message);
  }
}
