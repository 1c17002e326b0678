package org.qualityaward.application;

import static org.qualityaward.application.ApplicationStage.COUNTY_CONSENT;
import static org.qualityaward.application.ApplicationStage.QUALIFICATION_REVIEW;
import static org.qualityaward.application.ApplicationStage.RECOMMENDER_PUBLICITY;
import static org.qualityaward.application.ApplicationStage.RECOMMENDER_REVIEW;
import static org.qualityaward.application.ApplicationStage.RECOMMENDER_SIGN_OFF;

import java.util.Map;
import org.qualityaward.platform.StageMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The stages the {@code award-application} model moves a case through before acceptance (Art 16,
 * 17); acceptance itself and the review stages are set by {@link ApplicationCases} and the edition.
 */
@Component
class CaseStages extends StageMap<ApplicationStage> {

  static final Map<String, ApplicationStage> STAGES = Map.of(
      AwardApplicationModel.RECOMMENDER_REVIEW, RECOMMENDER_REVIEW,
      AwardApplicationModel.OPEN_RECOMMENDER_PUBLICITY, RECOMMENDER_PUBLICITY,
      AwardApplicationModel.RECOMMENDER_SIGN_OFF, RECOMMENDER_SIGN_OFF,
      AwardApplicationModel.COUNTY_CONSENT, COUNTY_CONSENT,
      AwardApplicationModel.CONSULT_DEPARTMENTS, QUALIFICATION_REVIEW);

  CaseStages(ObjectProvider<ApplicationCases> cases) {
    super(ApplicationSubmissions.PROCESS_KEY, STAGES, (instance, stage) -> {
      ApplicationCases applications = cases.getObject();
      applications.enter(applications.ofProcess(instance), stage);
    });
  }
}
