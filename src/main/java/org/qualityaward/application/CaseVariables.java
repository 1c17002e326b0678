package org.qualityaward.application;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.qualityaward.recommender.Recommender;

/**
 * The variables a case carries: ids and routing groups, plus number and name so every form can show
 * whose case it is. The data itself stays in the tables.
 */
final class CaseVariables {

  /** The names of the variables {@link #of} sets. */
  static final Set<String> NAMES = Set.of("applicationId", "editionId", "applicationNumber", "applicantName", "kind",
      "recommenderGroup", "countyConsentRequired", "countyGroup");

  private CaseVariables() {}

  static Map<String, Object> of(Application application, Recommender recommender) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("applicationId", application.getId());
    variables.put("editionId", application.getEditionId());
    variables.put("applicationNumber", application.getApplicationNumber());
    variables.put("applicantName", application.getApplicantName());
    variables.put("kind", application.getKind().name());
    variables.put("recommenderGroup", recommender.groupId());
    variables.put("countyConsentRequired", recommender.needsCountyConsent());
    variables.put("countyGroup", recommender.countyGroupId());
    return variables;
  }
}
