package org.qualityaward.renewal;

import static org.qualityaward.application.ApplicationStage.DOCUMENT_REVIEW;
import static org.qualityaward.application.ApplicationStage.ONSITE_REVIEW;
import static org.qualityaward.application.ApplicationStage.ONSITE_REVIEWED;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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

  // looked up when a stage is entered: the cases need the engine this map configures
  private final ObjectProvider<ApplicationCases> cases;

  RenewalStages(ObjectProvider<ApplicationCases> cases) {
    super(Honours.PROCESS_KEY, STAGES);
    this.cases = cases;
  }

  @Override
  protected void enter(DelegateExecution execution, ApplicationStage stage) {
    cases.getObject().enter(((Number) execution.getVariable("applicationId")).longValue(), stage);
  }
}
