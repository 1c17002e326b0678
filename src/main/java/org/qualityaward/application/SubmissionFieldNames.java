package org.qualityaward.application;

import jakarta.validation.ConstraintViolation;
import java.util.Map;

/**
 * Names the problems of an {@link ApplicationSubmission} (its property paths) by the fields people type them
 * in: the Tasklist start form's keys, which the applicant's guided form shares (but for the edition and the
 * files, which it asks for differently); and says the standard constraints' messages in Chinese where the
 * validator's are not.
 */
public final class SubmissionFieldNames {

  private static final Map<String, String> FIELDS = Map.ofEntries(
      // a path named as the form's key (kind, recommenderCode, selfAssessment) is its own key
      Map.entry("editionId", "editionYear"), Map.entry("organization", "kind"), Map.entry("individual", "kind"),
      Map.entry("organization.name", "orgName"), Map.entry("organization.creditCode", "creditCode"),
      Map.entry("organization.registeredOn", "registeredOn"),
      Map.entry("organization.registrationAuthority", "registrationAuthority"),
      Map.entry("organization.registeredAddress", "registeredAddress"), Map.entry("organization.groupCreditCode", "groupCreditCode"),
      Map.entry("organization.industry", "industry"), Map.entry("organization.chiefQualityOfficer", "chiefQualityOfficer"),
      Map.entry("organization.topManagerName", "topManagerName"), Map.entry("individual.name", "indName"),
      Map.entry("individual.idNumber", "idNumber"), Map.entry("individual.employerCreditCode", "employerCreditCode"),
      Map.entry("individual.qualityWorkSince", "qualityWorkSince"), Map.entry("individual.topManager", "topManager"),
      Map.entry("individual.employerIndustry", "employerIndustry"),
      Map.entry("declarations", "noStateSecrets"), Map.entry("declarations.noStateSecrets", "noStateSecrets"));

  private SubmissionFieldNames() {}

  /** The start form's key of the field a problem's property path is about; the path itself if none. */
  public static String formKey(String propertyPath) {
    if (propertyPath == null) {
      return "";
    }
    for (String records : new String[] {"creditRecords", "accidents", "employerCreditRecords"}) {
      if (propertyPath.startsWith("declarations." + records)) {
        return records;
      }
    }
    if (propertyPath.startsWith("conditions.")) {
      // conditions.11(3) → statement11_3
      return "statement" + propertyPath.substring("conditions.".length()).replace("(", "_").replace(")", "");
    }
    if (propertyPath.startsWith("evidence")) {
      return "evidence";
    }
    return FIELDS.getOrDefault(propertyPath, propertyPath);
  }

  /** The constraint's own message when it is Chinese; otherwise what it means, in Chinese. */
  public static String chinese(ConstraintViolation<?> violation) {
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
