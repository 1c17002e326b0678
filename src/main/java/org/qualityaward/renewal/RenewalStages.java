package org.qualityaward.renewal;

import static org.qualityaward.application.ApplicationStage.DOCUMENT_REVIEW;
import static org.qualityaward.application.ApplicationStage.ONSITE_REVIEW;
import static org.qualityaward.application.ApplicationStage.ONSITE_REVIEWED;

import java.util.Map;
import org.qualityaward.application.ApplicationCases;
import org.qualityaward.application.ApplicationStage;
import org.qualityaward.honour.Honours;
import org.qualityaward.platform.StageMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The review stages the {@code honour} model moves a renewal's case through (Art 33). */
@Component
class RenewalStages extends StageMap<ApplicationStage> {

  static final Map<String, ApplicationStage> STAGES = Map.of(
      "CallActivity_RenewalDocumentReview", DOCUMENT_REVIEW,
      "CallActivity_RenewalOnsiteReview", ONSITE_REVIEW,
      "Task_CheckRenewalScore", ONSITE_REVIEWED);

  RenewalStages(ObjectProvider<ApplicationCases> cases) {
    super(Honours.PROCESS_KEY, STAGES, "applicationId", (id, stage) -> cases.getObject().enter(id, stage));
  }
}
