package org.qualityaward.application;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One condition of Art 11 (organisations) or Art 12 (individuals) the applicant declared to meet, with
 * the statement of how and by which materials ({@link ConditionPoints}); a point declared by a tick
 * only (applicant pages before statements were asked) has none.
 */
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
  private String statement;

  protected DeclaredCondition() {}

  DeclaredCondition(Long applicationId, ConditionPoints.Point point, String statement) {
    this.applicationId = applicationId;
    this.article = point.articleName();
    this.point = point.number();
    this.text = point.text();
    this.confirmed = true;
    this.statement = statement;
  }

  public Long getApplicationId() { return applicationId; }
  public String getArticle() { return article; }
  public int getPoint() { return point; }
  public String getText() { return text; }
  public boolean isConfirmed() { return confirmed; }
  public String getStatement() { return statement; }
}
