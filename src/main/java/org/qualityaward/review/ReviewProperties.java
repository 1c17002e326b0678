package org.qualityaward.review;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code qa.review.*}: the numbers of scoring and ranking, defaults as in Art 6, 10 and 20. panelSize,
 * weights, quotas and minimumScores are what an edition's plan starts from (the quotas also Art 6's
 * ceilings it may not exceed); an edition applies its approved plan ({@code EditionPlans.inForce}).
 */
@ConfigurationProperties("qa.review")
record ReviewProperties(
    @DefaultValue("3") int panelSize,
    @DefaultValue("0.15") BigDecimal deviationShare,
    @DefaultValue("MEAN") PanelConsolidation.Method consolidation,
    @DefaultValue Weights weights,
    @DefaultValue Quotas quotas,
    @DefaultValue MinimumScores minimumScores) {

  /** Cumulative score = document * weights.document + onsite * weights.onsite (Art 20). */
  public record Weights(@DefaultValue("1") BigDecimal document, @DefaultValue("1") BigDecimal onsite) {}

  /** Art 6: 获奖组织不超过7个，获奖个人不超过5个，提名奖不超过10个（含组织和个人）. */
  public record Quotas(@DefaultValue("7") int organizationAwards, @DefaultValue("5") int individualAwards,
      @DefaultValue("10") int nominations) {}

  /**
   * Least cumulative score for each level on the ranking's 1000-point scale (Art 4(3) 严格标准、好中选优:
   * a quota is a ceiling, not a number to fill). Defaults 600 and 500 of 1000 (a blank setting
   * takes the default; 0 lets every score reach the level).
   */
  public record MinimumScores(@DefaultValue("600") BigDecimal award, @DefaultValue("500") BigDecimal nomination) {

    public MinimumScores {
      if (award != null && nomination != null && award.compareTo(nomination) < 0) {
        throw new IllegalArgumentException("qa.review.minimum-scores.award（" + award.toPlainString()
            + "）不得低于 nomination（" + nomination.toPlainString() + "）");
      }
    }
  }
}
