package org.qualityaward.casefile;

import java.util.List;
import org.qualityaward.applicant.SubmittedContents;
import org.qualityaward.application.Application;
import org.springframework.stereotype.Component;

/**
 * What the applicant pages stored; for cases from the API or Tasklist's start form, the one stored
 * self-assessment text as one section.
 */
@Component
class StoredApplicantContents implements ApplicantContents {

  private final SubmittedContents submitted;

  StoredApplicantContents(SubmittedContents submitted) {
    this.submitted = submitted;
  }

  @Override
  public List<Section> sections(Application application) {
    List<Section> sections = submitted.sections(application.getId()).stream()
        .map(s -> new Section(s.title(), s.maximum() == null ? null : s.maximum().intValue(), s.text())).toList();
    if (!sections.isEmpty()) {
      return sections;
    }
    String text = application.getSelfAssessment();
    return text == null || text.isBlank() ? List.of() : List.of(new Section("自评报告", null, text));
  }
}
