package org.qualityaward.application;

import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.eligibility.EditionApplications;
import org.springframework.stereotype.Component;

/** Answers the ONE-KIND rule (Art 13) from the stored applications. */
@Component
class EditionApplicationsAdapter implements EditionApplications {

  private final ApplicationRepository applications;

  EditionApplicationsAdapter(ApplicationRepository applications) {
    this.applications = applications;
  }

  @Override
  public boolean otherKindApplied(Long editionId, String organizationCreditCode, ApplicationKind kind,
      Long excludingApplicationId) {
    return organizationCreditCode != null
        && applications.existsOtherKind(editionId, organizationCreditCode, kind, excludingApplicationId);
  }
}
