package org.qualityaward.eligibility;

/** Port to the stored applications, implemented by the application feature (Art 13). */
public interface EditionApplications {

  /**
   * Whether the edition already holds an application of the other kind than {@code kind} for the
   * organisation: for an ORGANIZATION application, an INDIVIDUAL one whose employer has this
   * credit code; for an INDIVIDUAL application, an ORGANIZATION one with this credit code.
   * {@code excludingApplicationId} (null before the application is stored) is left out.
   */
  boolean otherKindApplied(
      Long editionId,
      String organizationCreditCode,
      ApplicationKind kind,
      Long excludingApplicationId);
}
