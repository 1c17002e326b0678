package org.qualityaward.expert;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.qualityaward.review.ReviewStage;

/**
 * The office's rating of one expert for one panel (Art 9(4) 监督考核评审员), with the facts it was given.
 * Never changed; the expert's history is their ratings in order.
 */
@Entity
class ExpertRating {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long expertId;
  private Long drawId;
  private Long applicationId;

  @Enumerated(EnumType.STRING)
  private ReviewStage stage;

  @Enumerated(EnumType.STRING)
  private RatingLevel level;

  private String remark;
  private String ratedBy;
  private LocalDateTime ratedAt;
  private LocalDateTime scoringDueAt;
  private LocalDateTime scoringCompletedAt;
  private BigDecimal deviationPercent;
  private boolean conflictDeclared;
  private boolean conflictDeclaredLate;
  private String leaderRemark;

  protected ExpertRating() {}

  ExpertRating(Long expertId, PanelDraw draw, MemberFacts facts, ExpertRatingRule.Line line, String ratedBy,
      LocalDateTime ratedAt) {
    this.expertId = expertId;
    this.drawId = draw.getId();
    this.applicationId = draw.getApplicationId();
    this.stage = draw.getStage();
    this.level = line.level();
    this.remark = line.remark();
    this.ratedBy = ratedBy;
    this.ratedAt = ratedAt;
    this.scoringDueAt = facts.scoringDueAt();
    this.scoringCompletedAt = facts.scoringCompletedAt();
    this.deviationPercent = facts.deviationPercent();
    this.conflictDeclared = facts.conflictDeclared();
    this.conflictDeclaredLate = facts.conflictDeclaredLate();
    this.leaderRemark = facts.leaderRemark();
  }

  /** The facts as stored, to show them again. */
  MemberFacts facts(String expertUserId) {
    return new MemberFacts(expertUserId, scoringDueAt, scoringCompletedAt, deviationPercent, conflictDeclared,
        conflictDeclaredLate, leaderRemark);
  }

  public Long getId() { return id; }
  public Long getExpertId() { return expertId; }
  public Long getDrawId() { return drawId; }
  public Long getApplicationId() { return applicationId; }
  public ReviewStage getStage() { return stage; }
  public RatingLevel getLevel() { return level; }
  public String getRemark() { return remark; }
  public String getRatedBy() { return ratedBy; }
  public LocalDateTime getRatedAt() { return ratedAt; }
}
