package org.qualityaward.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TypedLineTest {

  @Test
  @DisplayName("fields are separated by spaces of either width, as a Chinese input method types them; the last keeps its own")
  void fullWidthSpacesSeparate() {
    assertThat(TypedLine.fields("\u3000BDQA-2026-0001\u3000NONE\u3000\u3000现场评审发现 质量事故\u3000", 3))
        .containsExactly("BDQA-2026-0001", "NONE", "现场评审发现 质量事故");
    assertThat(TypedLine.fields(" expert04  评分依据充分 按期完成 ", 2)).containsExactly("expert04", "评分依据充分 按期完成");
    assertThat(TypedLine.fields("BDQA-2026-0001", 3)).containsExactly("BDQA-2026-0001");
  }
}
