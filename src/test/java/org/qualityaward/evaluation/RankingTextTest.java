package org.qualityaward.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.review.Ranking.Reason;
import org.qualityaward.review.Rankings;

class RankingTextTest {

  private static final String AWARD = "达到获奖最低分 600，在获奖组织名额（7个）内，建议授予市政府质量奖（第六条、第二十条）";
  private static final String NOMINATION = "获奖组织名额（7个）已满（第六条 不超过），达到提名奖最低分 500，在提名奖名额（10个）内，"
      + "建议授予市政府质量奖提名奖（第六条、第二十条）";
  private static final String BELOW = "未达到提名奖最低分 500（评选方案，第四条第三项），不建议授奖（第四条第三项 严格标准、好中选优）";

  @Test
  @DisplayName("Art 4(3), 6, 20: each case's line names its reason by number and each reason is written once, so"
      + " 40 candidates fit the 4000 characters of the forms' variable")
  void reasonsOnceEach() {
    List<Rankings.Entry> cases = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      String level = i <= 7 ? "AWARD" : i <= 17 ? "NOMINATION" : "NONE";
      String words = i <= 7 ? AWARD : i <= 17 ? NOMINATION : BELOW;
      Reason reason = i <= 7 ? Reason.AWARD_WITHIN_QUOTA : i <= 17 ? Reason.NOMINATION_AWARD_QUOTA_FULL
          : Reason.NONE_BELOW_NOMINATION_MINIMUM;
      BigDecimal each = BigDecimal.valueOf(900 - 10 * i).setScale(2);
      cases.add(new Rankings.Entry((long) i, "BDQA-2027-%03d".formatted(i), i, ApplicationKind.ORGANIZATION,
          "保定某精密机械制造有限公司", each, each, each.add(each), each, level, null, false, null, reason, words));
    }

    String text = RankingText.of(new Rankings.View(1L, cases, List.of()));

    assertThat(text).contains("1 BDQA-2027-001 保定某精密机械制造有限公司（组织） 890.00 890.00 1780.00（890） 市政府质量奖 〔1〕\n")
        .contains("（790） 市政府质量奖提名奖 〔2〕\n", "（500） 不授奖 〔3〕\n")
        .contains("理由：\n〔1〕" + AWARD + "\n〔2〕" + NOMINATION + "\n〔3〕" + BELOW + "\n");
    assertThat(text.split(BELOW, -1)).hasSize(2);
    assertThat(text.length()).isLessThan(4000);
  }
}
