package org.qualityaward.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReadOnlyFieldTest {

  @Test
  @DisplayName("a list that fits the engine's 4000 characters is shown whole")
  void fits() {
    assertThat(ReadOnlyField.fit("第一行\n第二行", "排序表")).isEqualTo("第一行\n第二行");
  }

  @Test
  @DisplayName("a longer list is cut at a whole line and says where the rest is")
  void cutAtALine() {
    String text = ("1 BDQA-2026-0001 保定某精密机械有限公司（组织） 1800 市政府质量奖\n").repeat(120);
    String fitted = ReadOnlyField.fit(text, "/api/editions/1/ranking.xlsx");
    assertThat(fitted).hasSizeLessThanOrEqualTo(ReadOnlyField.MAX_LENGTH)
        .endsWith("市政府质量奖\n……（以下从略，完整内容见 /api/editions/1/ranking.xlsx）");
  }
}
