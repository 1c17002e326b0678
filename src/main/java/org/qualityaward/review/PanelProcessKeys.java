package org.qualityaward.review;

import java.util.Arrays;
import java.util.Collection;
import org.qualityaward.application.CaseProcessKeys;
import org.springframework.stereotype.Component;

/** A case's panels (panel-review and its members' reviews) are keyed 「申报编号 资料评审」 and 「申报编号 现场评审」. */
@Component
class PanelProcessKeys implements CaseProcessKeys {

  @Override
  public Collection<String> of(String applicationNumber) {
    return Arrays.stream(ReviewStage.values()).map(stage -> stage.panelBusinessKey(applicationNumber)).toList();
  }
}
