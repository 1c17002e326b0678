package org.qualityaward.applicant;

import org.qualityaward.application.SubmissionFieldNames;

/** Names the API's problems (property paths of {@code ApplicationSubmission}) by the guided form's fields. */
final class SubmissionFields {

  private SubmissionFields() {}

  /** The start form's key, but for the two fields the guided form asks for differently. */
  static String fieldOf(String propertyPath) {
    String key = SubmissionFieldNames.formKey(propertyPath);
    return switch (key) {
      case "editionYear" -> "edition";
      case "evidence" -> DraftForm.FILES;
      default -> key;
    };
  }
}
