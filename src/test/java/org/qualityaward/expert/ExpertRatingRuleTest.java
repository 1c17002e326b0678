package org.qualityaward.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;

/** Art 9(4) 监督考核评审员: the office's lines per member, and when a rating keeps an expert out of draws. */
class ExpertRatingRuleTest {

  @Test
  @DisplayName("Art 9(4): one line per member 「序号 等级 备注」, in any order, blank lines ignored")
  void readsOneLinePerMember() {
    var lines = ExpertRatingRule.read("2 不合格 两次逾期未评分，偏差 +40%\n\n1 优秀\n3  合格  评分依据充分", 3);

    assertThat(lines).containsExactly(
        new ExpertRatingRule.Line(1, RatingLevel.EXCELLENT, null),
        new ExpertRatingRule.Line(2, RatingLevel.INCOMPETENT, "两次逾期未评分，偏差 +40%"),
        new ExpertRatingRule.Line(3, RatingLevel.COMPETENT, "评分依据充分"));
  }

  @Test
  @DisplayName("Art 9(4): a line typed with a Chinese input method's full-width spaces reads as one typed with ASCII spaces")
  void readsFullWidthSpaces() {
    assertThat(ExpertRatingRule.read("1\u3000优秀\n2\u3000\u3000不合格\u3000两次逾期 未评分\u3000", 2)).containsExactly(
        new ExpertRatingRule.Line(1, RatingLevel.EXCELLENT, null),
        new ExpertRatingRule.Line(2, RatingLevel.INCOMPETENT, "两次逾期 未评分"));
  }

  @Test
  @DisplayName("Art 9(4): a wrong number, an unknown level, a poor level without a reason and a member rated twice each name their line")
  void refusesNamingTheLine() {
    assertThatThrownBy(() -> ExpertRatingRule.read("4 合格\n1 良好\n2 基本合格\n3 合格\n3 优秀", 3))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(FieldProblem::message)
            .containsExactly(
                "第1行：“4”不是评审员序号（1–3）",
                "第2行：应为「序号 等级 备注」，等级为 优秀、合格、基本合格、不合格 之一",
                "第3行：评为“基本合格”须写明理由（第九条第（四）项 监督考核评审员）",
                "第5行：评审员 3 已在第 4 行考核过"))
        .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(FieldProblem::field)
            .containsOnly(ExpertRatings.FIELD));
  }

  @Test
  @DisplayName("Art 9(4): every member is rated; the missing ones are named")
  void everyMemberRated() {
    assertThatThrownBy(() -> ExpertRatingRule.read("2 合格", 4))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("未考核评审员 1、3、4");
    assertThatThrownBy(() -> ExpertRatingRule.read("  ", 1)).hasMessageContaining("未考核评审员 1");
  }

  @Test
  @DisplayName("Art 9(4): the latest rating below the configured level keeps the expert out until reinstated")
  void ratedOutBelowTheLevelUntilReinstated() {
    RatingLevel excludeBelow = RatingLevel.BASICALLY_COMPETENT;

    assertThat(ExpertRatingRule.ratedOut(Optional.empty(), false, excludeBelow)).isFalse();
    assertThat(ExpertRatingRule.ratedOut(Optional.of(RatingLevel.BASICALLY_COMPETENT), false, excludeBelow)).isFalse();
    assertThat(ExpertRatingRule.ratedOut(Optional.of(RatingLevel.INCOMPETENT), false, excludeBelow)).isTrue();
    assertThat(ExpertRatingRule.ratedOut(Optional.of(RatingLevel.INCOMPETENT), true, excludeBelow)).isFalse();
    // a stricter office setting: 基本合格 is out too
    assertThat(ExpertRatingRule.ratedOut(Optional.of(RatingLevel.BASICALLY_COMPETENT), false, RatingLevel.COMPETENT))
        .isTrue();
    assertThat(ExpertRatingRule.ratedOut(Optional.of(RatingLevel.COMPETENT), false, RatingLevel.COMPETENT)).isFalse();
  }
}
