package org.qualityaward.renewal;

import static org.qualityaward.application.ApplicationStage.DOCUMENT_REVIEW;
import static org.qualityaward.application.ApplicationStage.ONSITE_REVIEW;
import static org.qualityaward.application.ApplicationStage.ONSITE_REVIEWED;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.testing.StageMapCheck;

class RenewalStagesTest {

  @Test
  @DisplayName("honour: a renewal's review stages come from the map, on activities the model has")
  void mapsTheModel() throws Exception {
    StageMapCheck.assertMapsModel("honour", RenewalStages.STAGES, Set.of(DOCUMENT_REVIEW, ONSITE_REVIEW, ONSITE_REVIEWED));
  }
}
