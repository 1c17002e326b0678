package org.qualityaward.honour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** qa.honour.* is checked at start-up (Art 31: 1—2 visits within the validity; Art 33: 5 years). */
class HonourPropertiesTest {

  private static HonourProperties with(int validity, List<Integer> years, int overdue, int notice) {
    return with(validity, years, overdue, notice, 90);
  }

  private static HonourProperties with(int validity, List<Integer> years, int overdue, int notice, int afterExpiry) {
    return new HonourProperties(validity, new HonourProperties.ReturnVisits(years, overdue),
        new HonourProperties.Renewal(notice, afterExpiry));
  }

  @Test
  @DisplayName("Art 31, 33: one or two visits, ascending, strictly inside the validity")
  void accepted() {
    assertThat(with(5, List.of(2, 4), 20, 90).returnVisits().afterYears()).containsExactly(2, 4);
    assertThat(with(5, List.of(3), 20, 90).returnVisits().afterYears()).containsExactly(3);
  }

  @Test
  @DisplayName("Art 31: no visit, three visits, a visit at or after the validity's end, or out of order refuse to start")
  void refused() {
    assertThatThrownBy(() -> with(5, List.of(), 20, 90)).hasMessageContaining("1—2次回访");
    assertThatThrownBy(() -> with(5, List.of(1, 2, 3), 20, 90)).hasMessageContaining("1—2次回访");
    assertThatThrownBy(() -> with(5, List.of(2, 5), 20, 90)).hasMessageContaining("有效期内");
    assertThatThrownBy(() -> with(5, List.of(4, 2), 20, 90)).hasMessageContaining("递增");
    assertThatThrownBy(() -> with(5, List.of(2, 4), 0, 90)).hasMessageContaining("overdue-working-days");
    assertThatThrownBy(() -> with(5, List.of(2, 4), 20, 0)).hasMessageContaining("notice-days");
    assertThatThrownBy(() -> with(5, List.of(2, 4), 20, 90, -1)).hasMessageContaining("days-after-expiry");
  }
}
