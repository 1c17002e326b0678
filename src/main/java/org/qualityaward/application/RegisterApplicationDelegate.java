package org.qualityaward.application;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.qualityaward.edition.EditionService;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * 登记申报: a case started from the Tasklist start form is registered here with the same
 * validation as the API; a refusal rolls the start back, so nothing is stored. A case submitted
 * through the API arrives registered and is bound here to its new application, and only to that; its
 * ID number never reaches the engine. The starting user is the authenticated one, never a variable.
 */
@Component("registerApplication")
class RegisterApplicationDelegate implements JavaDelegate {

  private static final Set<String> FIELDS_TO_FORGET = StartFormSubmission.fieldsToForget();

  private final ApplicationSubmissions submissions;
  private final EditionService editions;

  RegisterApplicationDelegate(ApplicationSubmissions submissions, EditionService editions) {
    this.submissions = submissions;
    this.editions = editions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String startedBy = authentication == null ? null : authentication.getUserId();
    Map<String, Object> form = execution.getVariables();
    // our tables keep the application (the ID number encrypted); the engine forgets what was typed, and its
    // history never had it (CaseSteps.startFormOutOfHistory)
    execution.removeVariables(FIELDS_TO_FORGET);
    Object named = form.get("applicationId");
    if (named != null) {
      submissions.bindCase(named instanceof Number id ? id.longValue() : null, execution.getProcessBusinessKey(),
          execution.getProcessInstanceId(), startedBy);
      return;
    }
    Number year = (Number) form.get("editionYear");
    Long editionId = year == null ? null : editions.ofYear(year.intValue())
        .orElseThrow(() -> new InvalidInputException(List.of(
            new FieldProblem("editionYear", "没有 " + year + " 年度的届次"))))
        .getId();
    Application application;
    try {
      application = submissions.register(StartFormSubmission.read(form, editionId), startedBy);
    } catch (InvalidInputException refused) {
      throw StartFormSubmission.labelled(refused);
    }
    application.attachProcess(execution.getProcessInstanceId());
    execution.setProcessBusinessKey(application.getApplicationNumber());
    execution.setVariables(CaseVariables.of(application, submissions.recommender(application)));
  }
}
