package org.qualityaward.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityaward.honour.AwardLevel.AWARD;
import static org.qualityaward.honour.AwardLevel.NOMINATION;
import static org.qualityaward.honour.AwardLevel.NONE;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.honour.AwardLevel;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.review.Ranking;
import org.qualityaward.review.Rankings;

/** The award proposal after the ranking: the office's moves, their reasons and the rules they must keep. */
class ProposalTest {

  private static final Rankings.Places ONE_EACH = new Rankings.Places(
      Map.of(ApplicationKind.ORGANIZATION, 1, ApplicationKind.INDIVIDUAL, 1), 1);

  private final Rankings.Entry first = entry(1L, 1, 1800, AWARD, false);
  private final Rankings.Entry second = entry(2L, 2, 1700, NOMINATION, false);
  private final Rankings.Entry third = entry(3L, 3, 1600, NONE, false);
  private final Rankings.Entry low = entry(4L, 4, 900, NONE, false);
  private final List<Rankings.Entry> ranking = List.of(first, second, third, low);

  @Test
  @DisplayName("Art 20: without moves the proposal is the ranking; only awards and nominations are honoured")
  void unchangedIsTheRanking() {
    Proposal proposal = Proposal.of(ranking, List.of());

    assertThat(proposal.lines()).extracting(Proposal.Line::level).containsExactly(AWARD, NOMINATION, NONE, NONE);
    assertThat(proposal.honoured()).extracting(line -> line.ranked().applicationId()).containsExactly(1L, 2L);
    assertThat(proposal.changed()).isEmpty();
  }

  @Test
  @DisplayName("Art 9(5), 20: a moved case keeps its ranking level beside the new one and the reason; a later move wins")
  void movesWithReasons() {
    Proposal proposal = Proposal.of(ranking, List.of(
        new Proposal.Change(2L, NONE, "数据不完整"),
        new Proposal.Change(3L, AWARD, "先改为获奖"),
        new Proposal.Change(3L, NOMINATION, "改列提名奖")));

    Proposal.Line moved = proposal.lines().get(2);
    assertThat(moved.rankedLevel()).isEqualTo(NONE);
    assertThat(moved.level()).isEqualTo(NOMINATION);
    assertThat(moved.reason()).isEqualTo("改列提名奖");
    assertThat(proposal.changed()).extracting(line -> line.ranked().applicationId()).containsExactly(2L, 3L);
    assertThat(proposal.honoured()).extracting(line -> line.ranked().applicationId()).containsExactly(1L, 3L);
    assertThat(problems(proposal, List.of())).isEmpty();
  }

  @Test
  @DisplayName("Art 9(5): a move back to the ranking's level undoes the change")
  void moveBackUndoes() {
    Proposal proposal = Proposal.of(ranking, List.of(
        new Proposal.Change(2L, NONE, "数据不完整"), new Proposal.Change(2L, NOMINATION, "已补正")));

    assertThat(proposal.changed()).isEmpty();
    assertThat(proposal.lines().get(1).reason()).isNull();
  }

  @Test
  @DisplayName("Art 6: a move that takes more places than the edition has is refused, awards per kind and nominations")
  void neverAboveTheQuotas() {
    Proposal.Change extraNomination = new Proposal.Change(3L, NOMINATION, "表现突出");
    Proposal.Change extraAward = new Proposal.Change(2L, AWARD, "表现突出");

    assertThat(problems(Proposal.of(ranking, List.of(extraNomination)), List.of(extraNomination)))
        .extracting(FieldProblem::message).containsExactly("调整后提名奖 2 个，超过本届名额 1 个（第六条，含组织和个人）");
    assertThat(problems(Proposal.of(ranking, List.of(extraAward)), List.of(extraAward)))
        .extracting(FieldProblem::message).containsExactly("调整后组织获奖 2 个，超过本届名额 1 个（第六条）");
  }

  @Test
  @DisplayName("Art 4(3): a case is not moved to a level whose minimum score (the edition's plan) it does not reach")
  void notBelowTheMinimum() {
    Proposal.Change up = new Proposal.Change(4L, NOMINATION, "照顾");
    Proposal proposal = Proposal.of(ranking, List.of(new Proposal.Change(2L, NONE, "让出名额"), up));

    assertThat(problems(proposal, List.of(up))).extracting(FieldProblem::message).singleElement().asString()
        .contains("第1行 BDQA-2026-0004", "累计得分 900 未达到市政府质量奖提名奖的最低分", "第四条第三项");
  }

  @Test
  @DisplayName("Art 20 以累计得分从高至低为序: a case is not moved above a higher score the office left lower; moving"
      + " that one too, with its reason, is allowed")
  void notAboveAHigherScore() {
    Proposal.Change up = new Proposal.Change(3L, NOMINATION, "推广价值大");
    Proposal.Change firstDown = new Proposal.Change(1L, NONE, "核查发现质量事故");
    Proposal overSecond = Proposal.of(ranking, List.of(firstDown, new Proposal.Change(3L, AWARD, "推广价值大")));

    // the award given to the third passes over the second, left at its nomination
    assertThat(problems(overSecond, List.of(new Proposal.Change(3L, AWARD, "推广价值大"))))
        .extracting(FieldProblem::message).singleElement().asString()
        .contains("第1行 BDQA-2026-0003", "列为市政府质量奖", "累计得分更高的 BDQA-2026-0002（市政府质量奖提名奖）", "第二十条");
    // the second moved down too, with its own reason: the third may take the nomination
    Proposal.Change secondDown = new Proposal.Change(2L, NONE, "材料存疑");
    assertThat(problems(Proposal.of(ranking, List.of(secondDown, up)), List.of(secondDown, up))).isEmpty();
    // a higher case the office moved up, but less far, is passed over all the same: its reason is for its own move
    Rankings.Entry higher = entry(6L, 2, 1700, NONE, false);
    Rankings.Entry lower = entry(7L, 3, 1600, NONE, false);
    Proposal.Change lowerUp = new Proposal.Change(7L, AWARD, "推广价值大");
    assertThat(problems(Proposal.of(List.of(first, higher, lower), List.of(firstDown,
        new Proposal.Change(6L, NOMINATION, "事迹突出"), lowerUp)), List.of(lowerUp)))
        .extracting(FieldProblem::message).singleElement().asString().contains("BDQA-2026-0006（市政府质量奖提名奖）");
    // nominations are one scale for both kinds: an individual is not put above a higher organisation left out
    Rankings.Entry individual = new Rankings.Entry(5L, "BDQA-2026-0005", 1, ApplicationKind.INDIVIDUAL, "个人5",
        new BigDecimal("75"), new BigDecimal("75"), new BigDecimal("150"), new BigDecimal("750"), NONE.name(), null,
        false, null, Ranking.Reason.NONE_QUOTAS_FULL, "");
    Proposal.Change individualUp = new Proposal.Change(5L, NOMINATION, "个人事迹突出");
    Proposal mixed = Proposal.of(List.of(first, second, third, individual),
        List.of(new Proposal.Change(2L, NONE, "材料存疑"), individualUp));
    assertThat(problems(mixed, List.of(individualUp))).extracting(FieldProblem::message).singleElement().asString()
        .contains("BDQA-2026-0005", "BDQA-2026-0003（不授奖）");
  }

  @Test
  @DisplayName("Art 21: a disqualified case is never proposed, whatever was moved before, and cannot be moved back in")
  void disqualifiedStaysOut() {
    Rankings.Entry disqualified = entry(1L, 1, 1800, NONE, true);
    Proposal.Change back = new Proposal.Change(1L, AWARD, "异议不成立");
    Proposal proposal = Proposal.of(List.of(disqualified, second), List.of(back));

    assertThat(proposal.lines().get(0).level()).isEqualTo(NONE);
    assertThat(proposal.honoured()).extracting(line -> line.ranked().applicationId()).containsExactly(2L);
    assertThat(problems(proposal, List.of(back))).extracting(FieldProblem::message).singleElement().asString()
        .contains("已取消资格", "第二十一条");
  }

  /** Moves numbered as lines 1, 2, …; the minimum of every level 1000 cumulative points (of 2000). */
  private static List<FieldProblem> problems(Proposal proposal, List<Proposal.Change> moves) {
    Map<Long, Integer> lineOf = new HashMap<>();
    for (int i = 0; i < moves.size(); i++) {
      lineOf.put(moves.get(i).applicationId(), i + 1);
    }
    return proposal.problems(lineOf, moves, ONE_EACH,
        (entry, level) -> entry.scaledScore().compareTo(new BigDecimal("500")) >= 0); // the minimums' 1000-point scale
  }

  private static Rankings.Entry entry(Long id, int rank, int cumulative, AwardLevel level, boolean disqualified) {
    BigDecimal half = new BigDecimal(cumulative).divide(new BigDecimal("2"));
    Ranking.Reason reason = disqualified ? Ranking.Reason.DISQUALIFIED : switch (level) {
      case AWARD -> Ranking.Reason.AWARD_WITHIN_QUOTA;
      case NOMINATION -> Ranking.Reason.NOMINATION_AWARD_QUOTA_FULL;
      case NONE -> Ranking.Reason.NONE_QUOTAS_FULL;
    };
    return new Rankings.Entry(id, "BDQA-2026-000" + id, rank, ApplicationKind.ORGANIZATION, "申报组织" + id, half, half,
        new BigDecimal(cumulative), half, level.name(), null, disqualified, disqualified ? "DISQUALIFIED" : null,
        reason, reason.name());
  }

  @Test
  @DisplayName("Art 20, 22: the rounds of opinions come first, the latest whole, the earlier ones shortened, so a long"
      + " history neither hides the reason the office revises by nor pushes the list out of its field")
  void roundsFirstTheLatestWhole() {
    java.time.LocalDateTime day = java.time.LocalDateTime.of(2027, 1, 4, 9, 0);
    List<ProposalDecision> rounds = List.of(
        new ProposalDecision(1L, ProposalDecision.Body.LEADING_GROUP, false, "甲".repeat(2000), "lg", day),
        new ProposalDecision(1L, ProposalDecision.Body.CITY_GOVERNMENT, false, "请补充信用核查情况" + "乙".repeat(1500), "city",
            day.plusDays(3)));

    String text = ProposalText.forReview(Proposal.of(ranking, List.of()), ONE_EACH, rounds);

    List<String> lines = text.lines().toList();
    assertThat(lines.get(0)).startsWith("审定、批准与修改记录");
    assertThat(lines.get(1)).contains("退回：请补充信用核查情况").endsWith("乙".repeat(1500));
    assertThat(lines.get(2)).endsWith("甲".repeat(120) + "…");
    assertThat(text.length()).isLessThan(4000);
  }
}
