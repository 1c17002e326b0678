package org.qualityaward.applicant;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an applicant submitted through these pages beyond the application's own record: the
 * self-assessment by section and the conditions of Art 11 or 12 declared point by point. Empty for
 * cases submitted through the API or Tasklist's start form, which keep one self-assessment text.
 */
@Service
public class SubmittedContents {

  /** One section of the self-assessment; {@code maximum} is its category's score ceiling. */
  public record Section(String title, BigDecimal maximum, String text) {}

  /** One declared condition as the Measures cite it (第十一条第（二）项), its text, whether the applicant confirmed it. */
  public record DeclaredPoint(String citation, String text, boolean confirmed) {}

  private final SelfAssessmentSectionRepository sections;
  private final DeclaredConditionRepository conditions;

  SubmittedContents(SelfAssessmentSectionRepository sections, DeclaredConditionRepository conditions) {
    this.sections = sections;
    this.conditions = conditions;
  }

  @Transactional(readOnly = true)
  public List<Section> sections(Long applicationId) {
    return sections.findByApplicationIdOrderByPosition(applicationId).stream()
        .map(s -> new Section(s.getName(), s.getMaxScore(), s.getText())).toList();
  }

  @Transactional(readOnly = true)
  public List<DeclaredPoint> declaredConditions(Long applicationId) {
    return conditions.findByApplicationIdOrderByPoint(applicationId).stream()
        .map(c -> new DeclaredPoint(Conditions.citation(c.getArticle(), c.getPoint()), c.getText(), c.isConfirmed()))
        .toList();
  }
}
