package org.qualityaward.publicity.objection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ObjectionTasksTest {

  @Test
  @DisplayName("Art 16-18, 21: an objection is due with its publicity's last day; after the period the configured days apply")
  void withinPeriod() {
    LocalDate lastDay = LocalDate.of(2026, 10, 9);
    assertThat(ObjectionTasks.withinPeriod(lastDay, LocalDate.of(2026, 9, 30))).contains(lastDay);
    assertThat(ObjectionTasks.withinPeriod(lastDay, lastDay)).contains(lastDay);
    assertThat(ObjectionTasks.withinPeriod(lastDay, LocalDate.of(2026, 10, 12))).isEmpty();
    assertThat(ObjectionTasks.withinPeriod(null, LocalDate.of(2026, 10, 12))).isEmpty();
  }
}
