package org.qualityaward.applicant;

import jakarta.validation.ConstraintViolation;
import java.util.Map;

/**
 * Names the API's problems (property paths of {@code ApplicationSubmission}) by the guided form's
 * fields, and says the standard constraints' messages in Chinese where the validator's are not.
 */
final class SubmissionFields {

  private static final Map<String, String> FIELDS = Map.ofEntries(
      Map.entry("editionId", "edition"), Map.entry("kind", DraftForm.KIND),
      Map.entry("recommenderCode", DraftForm.RECOMMENDER),
      Map.entry("organization", DraftForm.KIND), Map.entry("individual", DraftForm.KIND),
      Map.entry("organization.name", "orgName"), Map.entry("organization.creditCode", "creditCode"),
      Map.entry("organization.registeredOn", "registeredOn"),
      Map.entry("organization.registrationAuthority", "registrationAuthority"),
      Map.entry("organization.registeredAddress", "registeredAddress"), Map.entry("organization.groupCreditCode", "groupCreditCode"),
      Map.entry("organization.industry", "industry"), Map.entry("organization.chiefQualityOfficer", "chiefQualityOfficer"),
      Map.entry("organization.topManagerName", "topManagerName"), Map.entry("individual.name", "indName"),
      Map.entry("individual.idNumber", "idNumber"), Map.entry("individual.employerCreditCode", "employerCreditCode"),
      Map.entry("individual.qualityWorkSince", "qualityWorkSince"), Map.entry("individual.topManager", "topManager"),
      Map.entry("individual.employerIndustry", "employerIndustry"),
      Map.entry("declarations", DraftForm.NO_STATE_SECRETS),
      Map.entry("declarations.noStateSecrets", DraftForm.NO_STATE_SECRETS),
      Map.entry("selfAssessment", "selfAssessment"));

  private SubmissionFields() {}

  static String fieldOf(String propertyPath) {
    if (propertyPath == null) {
      return "";
    }
    if (propertyPath.startsWith("declarations.creditRecords")) {
      return DraftForm.CREDIT_RECORDS;
    }
    if (propertyPath.startsWith("declarations.accidents")) {
      return DraftForm.ACCIDENTS;
    }
    if (propertyPath.startsWith("declarations.employerCreditRecords")) {
      return DraftForm.EMPLOYER_CREDIT_RECORDS;
    }
    if (propertyPath.startsWith("conditions.")) {
      // conditions.11(3) → statement11_3
      return "statement" + propertyPath.substring("conditions.".length()).replace("(", "_").replace(")", "");
    }
    if (propertyPath.startsWith("evidence")) {
      return DraftForm.FILES;
    }
    return FIELDS.getOrDefault(propertyPath, propertyPath);
  }

  /** The constraint's own message when it is Chinese; otherwise what it means, in Chinese. */
  static String chinese(ConstraintViolation<?> violation) {
    String message = violation.getMessage();
    if (message != null && message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
      return message;
    }
    return switch (violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
      case "NotBlank", "NotNull", "NotEmpty" -> "必须填写";
      case "PastOrPresent" -> "不能晚于今天";
      case "Size" -> "长度超出允许范围";
      default -> "格式不正确";
    };
  }
}
