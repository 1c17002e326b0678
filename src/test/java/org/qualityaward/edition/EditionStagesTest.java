package org.qualityaward.edition;

import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.testing.StageMapCheck;

class EditionStagesTest {

  @Test
  @DisplayName("award-edition: every stage after the plan's approval comes from the map, on activities the model has")
  void mapsTheModel() throws Exception {
    StageMapCheck.assertMapsModel("award-edition", EditionStages.STAGES,
        EnumSet.complementOf(EnumSet.of(EditionStage.PLAN_APPROVAL)));
  }
}
