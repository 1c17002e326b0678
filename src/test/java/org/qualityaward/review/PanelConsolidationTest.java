package org.qualityaward.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.review.PanelConsolidation.Method;

class PanelConsolidationTest {

  private final PanelConsolidation mean = new PanelConsolidation(Method.MEAN, new BigDecimal("0.15"));

  @Test
  @DisplayName("Art 18, 19: a member exactly 15% from the mean is not flagged (超过 is exclusive)")
  void exactlyFifteenPercentIsNotFlagged() {
    PanelConsolidation.Result result = mean.consolidate(totals("920", "680", "800"));

    assertThat(result.panelScore()).isEqualByComparingTo("800");
    assertThat(result.flagged()).isEmpty();
  }

  @Test
  @DisplayName("Art 18, 19: a member just above 15% from the mean is flagged")
  void justAboveFifteenPercentIsFlagged() {
    PanelConsolidation.Result result = mean.consolidate(totals("920.1", "679.9", "800"));

    assertThat(result.flagged()).containsExactly("expert1", "expert2");
  }

  @Test
  @DisplayName("Art 18, 19: the panel score is the mean of the members, rounded to 2 decimals")
  void meanRounded() {
    PanelConsolidation.Result result = mean.consolidate(totals("85.5", "80", "81"));

    assertThat(result.panelScore()).isEqualByComparingTo("82.17");
    assertThat(result.applied()).isEqualTo(Method.MEAN);
  }

  @Test
  @DisplayName("Art 18, 19: the trimmed mean drops the highest and lowest of 5 or more; with fewer it is the plain mean")
  void trimmedMean() {
    PanelConsolidation trimmed = new PanelConsolidation(Method.TRIMMED_MEAN, new BigDecimal("0.15"));

    PanelConsolidation.Result five = trimmed.consolidate(totals("700", "800", "810", "820", "990"));
    PanelConsolidation.Result three = trimmed.consolidate(totals("700", "800", "900"));

    assertThat(five.panelScore()).isEqualByComparingTo("810");
    assertThat(five.mean()).isEqualByComparingTo("824");
    assertThat(five.applied()).isEqualTo(Method.TRIMMED_MEAN);
    assertThat(five.flagged()).containsExactly("expert1", "expert5");
    assertThat(three.panelScore()).isEqualByComparingTo("800");
    assertThat(three.applied()).isEqualTo(Method.MEAN);
  }

  private static Map<String, BigDecimal> totals(String... values) {
    Map<String, BigDecimal> totals = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      totals.put("expert" + (i + 1), new BigDecimal(values[i]));
    }
    return totals;
  }
}
