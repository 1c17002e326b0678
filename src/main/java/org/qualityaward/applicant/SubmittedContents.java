package org.qualityaward.applicant;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an applicant submitted through these pages beyond the application's own record: the
 * self-assessment by section. Empty for cases submitted through the API or Tasklist's start form,
 * which keep one self-assessment text.
 */
@Service
public class SubmittedContents {

  /** One section of the self-assessment; {@code maximum} is its category's score ceiling. */
  public record Section(String title, BigDecimal maximum, String text) {}

  private final SelfAssessmentSectionRepository sections;
  SubmittedContents(SelfAssessmentSectionRepository sections) {
    this.sections = sections;
  }

  @Transactional(readOnly = true)
  public List<Section> sections(Long applicationId) {
    return sections.findByApplicationIdOrderByPosition(applicationId).stream()
        .map(s -> new Section(s.getName(), s.getMaxScore(), s.getText())).toList();
  }
}
