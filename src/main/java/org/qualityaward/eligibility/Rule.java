package org.qualityaward.eligibility;

import java.util.List;
import java.util.function.Function;

/** One eligibility rule of DESIGN §4: its code, the article it applies and the kinds it covers. */
abstract class Rule {

  private final String code;
  private final String article;

  Rule(String code, String article) {
    this.code = code;
    this.article = article;
  }

  /** Most rules cover both kinds; the kind-specific ones (ORG-*, IND-*, GROUP) narrow this. */
  boolean appliesTo(ApplicationKind kind) {
    return true;
  }

  /**
   * Whether the rule is checked again when a holder requests renewal (Art 33): the conditions of Art 11/12,
   * BAN and GROUP are; HOLDER (the holder's own honour is what is renewed) and ONE-KIND (no edition) are not.
   */
  boolean appliesToRenewal() {
    return true;
  }

  abstract Finding check(EligibilityInput input);

  /** The records kept of the applicant: an organisation by its credit code, a person by ID number. */
  static <T> List<T> ofApplicant(EligibilityInput input, Function<String, List<T>> ofOrganization,
      Function<String, List<T>> ofPerson) {
    return input.kind() == ApplicationKind.ORGANIZATION
        ? ofOrganization.apply(input.organization().creditCode())
        : ofPerson.apply(input.individual().idNumber());
  }

  final Finding passed(String message) {
    return new Finding(code, article, true, false, message);
  }

  final Finding failed(String message) {
    return new Finding(code, article, false, false, message);
  }

  final Finding finding(boolean passed, String message) {
    return new Finding(code, article, passed, false, message);
  }

  /** Passes on the applicant's declaration, which the office confirms in 资格审查 (Art 17). */
  final Finding passedToConfirm(String message) {
    return new Finding(code, article, true, true, message);
  }
}
