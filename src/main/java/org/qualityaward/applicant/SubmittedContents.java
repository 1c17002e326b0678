package org.qualityaward.applicant;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.qualityaward.eligibility.ApplicationKind;
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

  /**
   * The part of the self-assessment that states the candidate's achievements, for the on-site list's publicity
   * (Art 18 主要业绩、事迹): an organisation's 结果 (GB/T 19580's results), an individual's 独特的工作方法、经验和成果.
   * Empty when the case has no such section (submitted as one text through the API or Tasklist's start form).
   */
  @Transactional(readOnly = true)
  public Optional<String> achievements(Long applicationId, ApplicationKind kind) {
    String code = achievementsSection(kind);
    return sections.findByApplicationIdOrderByPosition(applicationId).stream()
        .filter(s -> code.equals(s.getCode()) && !s.getText().isBlank()).map(SelfAssessmentSection::getText).findFirst();
  }

  /** The code of the section published as the achievements (the applicant's form says so beside it). */
  static String achievementsSection(ApplicationKind kind) {
    return kind == ApplicationKind.INDIVIDUAL ? "METHODS" : "RESULTS";
  }

  @Transactional(readOnly = true)
  public List<Section> sections(Long applicationId) {
    return sections.findByApplicationIdOrderByPosition(applicationId).stream()
        .map(s -> new Section(s.getName(), s.getMaxScore(), s.getText())).toList();
  }
}
