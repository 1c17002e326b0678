package org.qualityaward.application;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

/** A declared condition confirmed or refused, with the reason, by the recommending unit or the office. */
@Entity
class ConditionVerdict {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long applicationId;
  private String article;
  private int point;

  @Enumerated(EnumType.STRING)
  private ConditionReview.Step step;

  private boolean confirmed;
  private String reason;
  private String decidedBy;
  private LocalDateTime decidedAt;

  protected ConditionVerdict() {}

  ConditionVerdict(Long applicationId, ConditionPoints.Point point, ConditionReview.Step step, boolean confirmed,
      String reason, String decidedBy, LocalDateTime decidedAt) {
    this.applicationId = applicationId;
    this.article = point.articleName();
    this.point = point.number();
    this.step = step;
    this.confirmed = confirmed;
    this.reason = reason;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  public String getArticle() { return article; }
  public int getPoint() { return point; }
  public ConditionReview.Step getStep() { return step; }
  public boolean isConfirmed() { return confirmed; }
  public String getReason() { return reason; }
  public String getDecidedBy() { return decidedBy; }
  public LocalDateTime getDecidedAt() { return decidedAt; }
}
