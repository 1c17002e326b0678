package org.qualityaward.applicant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One condition of Art 11 (organisations) or Art 12 (individuals) the applicant declared to meet. */
@Entity
class DeclaredCondition {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long applicationId;
  private String article;
  private int point;
  private String text;
  private boolean confirmed;

  protected DeclaredCondition() {}

  DeclaredCondition(Long applicationId, String article, int point, String text, boolean confirmed) {
    this.applicationId = applicationId;
    this.article = article;
    this.point = point;
    this.text = text;
    this.confirmed = confirmed;
  }

  public Long getApplicationId() { return applicationId; }
  public String getArticle() { return article; }
  public int getPoint() { return point; }
  public String getText() { return text; }
  public boolean isConfirmed() { return confirmed; }
}
