package org.qualityaward.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.review.ReviewProperties.MinimumScores;
import org.qualityaward.review.ReviewProperties.Quotas;
import org.qualityaward.testing.ShippedSettings;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ReviewPropertiesTest {

  @Test
  @DisplayName("Art 4(3), 6, 10: application.yaml ships the documented defaults of qa.review — quotas 7/5/10 as"
      + " ceilings, minimum scores 600 award / 500 nomination of 1000, panels of 3")
  void shippedSettingsAreTheDefaults() {
    ReviewProperties shipped = ShippedSettings.binder().bind("qa.review", ReviewProperties.class).get();
    ReviewProperties defaults = new Binder(new MapConfigurationPropertySource())
        .bindOrCreate("qa.review", ReviewProperties.class);

    assertThat(shipped).isEqualTo(defaults);
    assertThat(shipped.quotas()).isEqualTo(new Quotas(7, 5, 10));
    assertThat(shipped.minimumScores()).isEqualTo(RankingTest.DEFAULT_MINIMUMS);
    assertThat(shipped.panelSize()).isEqualTo(3);
  }

  @Test
  @DisplayName("Art 4(3): a blank minimum takes the default rather than silently dropping the line; 0 lets every score reach")
  void blankMinimumTakesTheDefault() {
    ReviewProperties blank = new Binder(new MapConfigurationPropertySource(java.util.Map.of(
        "qa.review.minimum-scores.award", "", "qa.review.minimum-scores.nomination", "0")))
        .bindOrCreate("qa.review", ReviewProperties.class);

    assertThat(blank.minimumScores()).isEqualTo(new MinimumScores(new BigDecimal("600"), BigDecimal.ZERO));
  }
}
