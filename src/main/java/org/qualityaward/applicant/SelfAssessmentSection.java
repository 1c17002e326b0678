package org.qualityaward.applicant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/** One section of a submitted self-assessment (自我评价): a scoring-sheet category with its maximum. */
@Entity
class SelfAssessmentSection {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long applicationId;
  private int position;
  private String code;
  private String name;
  private BigDecimal maxScore;
  private String text;

  protected SelfAssessmentSection() {}

  SelfAssessmentSection(Long applicationId, int position, String code, String name, BigDecimal maxScore, String text) {
    this.applicationId = applicationId;
    this.position = position;
    this.code = code;
    this.name = name;
    this.maxScore = maxScore;
    this.text = text;
  }

  void correct(String text) {
    this.text = text;
  }

  public Long getApplicationId() { return applicationId; }
  public int getPosition() { return position; }
  public String getCode() { return code; }
  public String getName() { return name; }
  public BigDecimal getMaxScore() { return maxScore; }
  public String getText() { return text; }
}
