package org.qualityaward.eligibility;

/**
 * ONE-KIND, Art 13: one organisation may not apply for both the organisation and the individual
 * award of one edition. For an individual the organisation is the employer.
 */
final class OneKindRule extends Rule {

  private final EditionApplications applications;

  OneKindRule(EditionApplications applications) {
    super("ONE-KIND", "Art 13");
    this.applications = applications;
  }

  @Override
  boolean appliesToRenewal() {
    return false;
  }

  @Override
  Finding check(EligibilityInput input) {
    boolean organization = input.kind() == ApplicationKind.ORGANIZATION;
    String creditCode =
        organization ? input.organization().creditCode() : input.individual().employerCreditCode();
    boolean otherKind =
        applications.otherKindApplied(
            input.editionId(), creditCode, input.kind(), input.applicationId());
    if (organization) {
      return otherKind
          ? failed("本届已有该组织（%s）人员申报个人奖，同一组织不得同时申报组织奖和个人奖".formatted(creditCode))
          : passed("本届未有该组织（%s）人员申报个人奖".formatted(creditCode));
    }
    return otherKind
        ? failed("所在组织（%s）已申报本届组织奖，同一组织不得同时申报组织奖和个人奖".formatted(creditCode))
        : passed("所在组织（%s）未申报本届组织奖".formatted(creditCode));
  }
}
