package org.qualityaward.honour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.honour.AwardLevel.AWARD;
import static org.qualityaward.honour.AwardLevel.NOMINATION;
import static org.qualityaward.honour.AwardLevel.NONE;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AwardLevelTest {

  @Test
  @DisplayName("the office and the leading group write a level as its code (any case) or its Chinese name")
  void levelWords() {
    assertThat(AwardLevel.written("AWARD")).contains(AWARD);
    assertThat(AwardLevel.written("nomination")).contains(NOMINATION);
    assertThat(AwardLevel.written("提名奖")).contains(NOMINATION);
    assertThat(AwardLevel.written("不授奖")).contains(NONE);
    assertThat(AwardLevel.written("一等奖")).isEmpty();
  }
}
