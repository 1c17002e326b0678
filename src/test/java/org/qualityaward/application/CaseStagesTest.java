package org.qualityaward.application;

import static org.qualityaward.application.ApplicationStage.COUNTY_CONSENT;
import static org.qualityaward.application.ApplicationStage.QUALIFICATION_REVIEW;
import static org.qualityaward.application.ApplicationStage.RECOMMENDER_PUBLICITY;
import static org.qualityaward.application.ApplicationStage.RECOMMENDER_REVIEW;
import static org.qualityaward.application.ApplicationStage.RECOMMENDER_SIGN_OFF;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.testing.StageMapCheck;

class CaseStagesTest {

  @Test
  @DisplayName("award-application: every stage between submission and acceptance comes from the map, on activities the model has")
  void mapsTheModel() throws Exception {
    StageMapCheck.assertMapsModel("award-application", CaseStages.STAGES,
        Set.of(RECOMMENDER_REVIEW, RECOMMENDER_PUBLICITY, RECOMMENDER_SIGN_OFF, COUNTY_CONSENT, QUALIFICATION_REVIEW));
  }
}
