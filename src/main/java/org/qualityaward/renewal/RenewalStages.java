package org.qualityaward.renewal;

import static org.qualityaward.application.ApplicationStage.DOCUMENT_REVIEW;
import static org.qualityaward.application.ApplicationStage.ONSITE_REVIEW;
import static org.qualityaward.application.ApplicationStage.ONSITE_REVIEWED;

import java.util.Map;
import org.qualityaward.application.ApplicationCases;
import org.qualityaward.application.ApplicationStage;
import org.qualityaward.honour.HonourModel;
import org.qualityaward.honour.Honours;
import org.qualityaward.platform.StageMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The review stages the {@code honour} model moves a renewal's case through (Art 33). */
@Component
class RenewalStages extends StageMap<ApplicationStage> {

  static final Map<String, ApplicationStage> STAGES = Map.of(
      HonourModel.RENEWAL_DOCUMENT_REVIEW, DOCUMENT_REVIEW,
      HonourModel.RENEWAL_ONSITE_REVIEW, ONSITE_REVIEW,
      HonourModel.CHECK_RENEWAL_SCORE, ONSITE_REVIEWED);

  RenewalStages(ObjectProvider<ApplicationCases> cases, ObjectProvider<Renewals> renewals) {
    super(Honours.PROCESS_KEY, STAGES, (instance, stage) -> {
      Renewals honourRenewals = renewals.getObject();
      cases.getObject().enter(honourRenewals.get(honourRenewals.ofProcess(instance)).getApplicationId(), stage);
    });
  }
}
