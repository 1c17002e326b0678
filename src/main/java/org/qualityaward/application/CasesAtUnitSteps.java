package org.qualityaward.application;

import java.util.EnumSet;
import java.util.List;
import org.qualityaward.recommender.UnitCasesInProgress;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A unit's cases whose routing its type and county still decide: before its and its county body's steps end. */
@Component
class CasesAtUnitSteps implements UnitCasesInProgress {

  private static final EnumSet<ApplicationStage> AT_UNIT_STEPS = EnumSet.of(ApplicationStage.SUBMITTED,
      ApplicationStage.RECOMMENDER_REVIEW, ApplicationStage.RECOMMENDER_PUBLICITY, ApplicationStage.RECOMMENDER_SIGN_OFF,
      ApplicationStage.COUNTY_CONSENT);

  private final ApplicationRepository applications;

  CasesAtUnitSteps(ApplicationRepository applications) {
    this.applications = applications;
  }

  @Override
  @Transactional(readOnly = true)
  public List<String> of(String unitCode) {
    return applications.findByRecommenderCodeAndStageInOrderByApplicationNumber(unitCode, AT_UNIT_STEPS).stream()
        .map(Application::getApplicationNumber).toList();
  }
}
