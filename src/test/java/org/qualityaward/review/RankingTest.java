package org.qualityaward.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qualityaward.eligibility.ApplicationKind.INDIVIDUAL;
import static org.qualityaward.eligibility.ApplicationKind.ORGANIZATION;
import static org.qualityaward.honour.AwardLevel.AWARD;
import static org.qualityaward.honour.AwardLevel.NOMINATION;
import static org.qualityaward.honour.AwardLevel.NONE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.honour.AwardLevel;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.review.Ranking.Reason;
import org.qualityaward.review.ReviewProperties.MinimumScores;
import org.qualityaward.review.ReviewProperties.Quotas;
import org.qualityaward.review.ReviewProperties.Weights;

class RankingTest {

  private static final Weights ONE_TO_ONE = new Weights(BigDecimal.ONE, BigDecimal.ONE);
  private static final Quotas ART_6 = new Quotas(7, 5, 10);
  private static final MinimumScores NO_MINIMUM = new MinimumScores(null, null);
  /** Sheets of 500 points: with 1:1 weights the 1000-point scale of the walk is the raw score. */
  private static final Map<ApplicationKind, BigDecimal> SAME_SCALE =
      Map.of(ORGANIZATION, new BigDecimal("500"), INDIVIDUAL, new BigDecimal("500"));

  /** The shipped defaults of qa.review.minimum-scores (ReviewPropertiesTest pins them). */
  static final MinimumScores DEFAULT_MINIMUMS = new MinimumScores(new BigDecimal("600"), new BigDecimal("500"));

  private final Ranking ranking = new Ranking(ONE_TO_ONE, ART_6, NO_MINIMUM, SAME_SCALE);
  private final Ranking strict = new Ranking(ONE_TO_ONE, ART_6, DEFAULT_MINIMUMS, SAME_SCALE);

  @Test
  @DisplayName("Art 6 (不超过), 20: with 7 or more above the award minimum exactly 7 organisations are awarded,"
      + " the next ones by score are nominated up to 10, the rest get nothing because the places are taken")
  void sevenAwardsWhenSevenReachTheMinimum() {
    List<Ranking.Candidate> orgs = IntStream.rangeClosed(1, 20).mapToObj(i -> orgAt(i, 1000 - 10 * i)).toList();

    Ranking.Result result = strict.rank(orgs, Map.of(), String::valueOf);

    assertThat(levels(result, 1, 7)).containsOnly(AWARD);
    assertThat(reasons(result, 1, 7)).containsOnly(Reason.AWARD_WITHIN_QUOTA);
    assertThat(levels(result, 8, 17)).containsOnly(NOMINATION);
    assertThat(reasons(result, 8, 17)).containsOnly(Reason.NOMINATION_AWARD_QUOTA_FULL);
    assertThat(levels(result, 18, 20)).containsOnly(NONE);
    assertThat(reasons(result, 18, 20)).containsOnly(Reason.NONE_QUOTAS_FULL);
    assertThat(result.ties()).isEmpty();
    assertThat(entry(result, 7).rank()).isEqualTo(7);
  }

  @Test
  @DisplayName("Art 4(3) 严格标准、好中选优, Art 6 不超过: only 3 of 10 organisations reach the award minimum;"
      + " 3 awards, the other 4 award places stay empty and nobody below the minimum moves up")
  void awardPlacesNobodyReachesStayEmpty() {
    List<Ranking.Candidate> orgs = new ArrayList<>();
    IntStream.rangeClosed(1, 3).forEach(i -> orgs.add(orgAt(i, 700 - 10 * i)));  // 690, 680, 670
    IntStream.rangeClosed(4, 7).forEach(i -> orgs.add(orgAt(i, 600 - 20 * i)));  // 520 .. 460
    IntStream.rangeClosed(8, 10).forEach(i -> orgs.add(orgAt(i, 400 - i)));

    Ranking.Result result = strict.rank(orgs, Map.of(), String::valueOf);

    assertThat(result.candidates().stream().filter(c -> c.level() == AWARD)).hasSize(3);
    assertThat(levels(result, 1, 3)).containsOnly(AWARD);
    assertThat(levels(result, 4, 5)).containsOnly(NOMINATION);
    assertThat(reasons(result, 4, 5)).containsOnly(Reason.NOMINATION_BELOW_AWARD_MINIMUM);
    assertThat(levels(result, 6, 10)).containsOnly(NONE);
    assertThat(reasons(result, 6, 10)).containsOnly(Reason.NONE_BELOW_NOMINATION_MINIMUM);
    assertThat(entry(result, 4).reasonText()).isEqualTo("未达到获奖最低分 600（评选方案，第四条第三项），"
        + "达到提名奖最低分 500，在提名奖名额（10个）内，建议授予市政府质量奖提名奖（第六条、第二十条）");
    assertThat(entry(result, 6).reasonText()).isEqualTo("未达到提名奖最低分 500（评选方案，第四条第三项），"
        + "不建议授奖（第四条第三项 严格标准、好中选优）");
  }

  @Test
  @DisplayName("Art 6, 20: the reason names the minimum or the quota it rests on and the articles; the score on the"
      + " 1000-point scale the minimums are on stands beside it")
  void reasonTexts() {
    Ranking realSheets = new Ranking(ONE_TO_ONE, new Quotas(1, 5, 1), DEFAULT_MINIMUMS,
        Map.of(ORGANIZATION, new BigDecimal("1000"), INDIVIDUAL, new BigDecimal("100")));
    List<Ranking.Candidate> all = List.of(scored(1, ORGANIZATION, "830", "795"), scored(2, ORGANIZATION, "700", "700"),
        scored(3, ORGANIZATION, "650", "650"), scored(4, INDIVIDUAL, "55", "56"), scored(5, INDIVIDUAL, "48", "48"));

    Ranking.Result result = realSheets.rank(all, Map.of(), String::valueOf);

    assertThat(entry(result, 1).cumulativeScore()).isEqualByComparingTo("1625");
    assertThat(entry(result, 1).scaledScore()).isEqualByComparingTo("812.5");
    assertThat(entry(result, 1).reasonText())
        .isEqualTo("达到获奖最低分 600，在获奖组织名额（1个）内，建议授予市政府质量奖（第六条、第二十条）");
    assertThat(entry(result, 2).reason()).isEqualTo(Reason.NOMINATION_AWARD_QUOTA_FULL);
    assertThat(entry(result, 2).reasonText()).isEqualTo("获奖组织名额（1个）已满（第六条 不超过），达到提名奖最低分 500，在提名奖名额（1个）内，建议授予市政府质量奖提名奖（第六条、第二十条）");
    assertThat(entry(result, 3).reason()).isEqualTo(Reason.NONE_QUOTAS_FULL);
    assertThat(entry(result, 3).reasonText()).endsWith("获奖组织名额（1个）和提名奖名额（1个）均已满（第六条 不超过），不建议授奖");
    // 111 of 200 is 555: below the award minimum, and the one nomination went to a higher score
    assertThat(entry(result, 4).level()).isEqualTo(NONE);
    assertThat(entry(result, 4).scaledScore()).isEqualByComparingTo("555");
    assertThat(entry(result, 4).reason()).isEqualTo(Reason.NONE_NOMINATIONS_FULL);
    assertThat(entry(result, 4).reasonText()).isEqualTo("未达到获奖最低分 600（评选方案，第四条第三项），"
        + "提名奖名额（1个）已满（第六条 不超过），不建议授奖");
    assertThat(entry(result, 5).reason()).isEqualTo(Reason.NONE_BELOW_NOMINATION_MINIMUM);
  }

  @Test
  @DisplayName("Art 4(3), 6: the award minimum may not lie below the nomination minimum")
  void minimumsInOrder() {
    assertThatThrownBy(() -> new MinimumScores(new BigDecimal("500"), new BigDecimal("600")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("不得低于");
  }

  @Test
  @DisplayName("Art 6: 5 individual awards are counted apart from the organisations' 7")
  void individualQuotaOfFive() {
    List<Ranking.Candidate> all = new ArrayList<>();
    IntStream.rangeClosed(1, 6).forEach(i -> all.add(ind(100 + i, 900 - i)));
    IntStream.rangeClosed(1, 3).forEach(i -> all.add(org(i, 950 - i)));

    Ranking.Result result = ranking.rank(all, Map.of(), String::valueOf);

    assertThat(levels(result, 101, 105)).containsOnly(AWARD);
    assertThat(entry(result, 106).level()).isEqualTo(NOMINATION);
    assertThat(levels(result, 1, 3)).containsOnly(AWARD);
    assertThat(entry(result, 101).rank()).isEqualTo(1); // rank within its kind
  }

  @Test
  @DisplayName("Art 6, 20: 8 organisations tied at 7th are not cut by input order; the tie goes to the leading group")
  void eightTiedAtSeventh() {
    List<Ranking.Candidate> orgs = new ArrayList<>();
    IntStream.rangeClosed(1, 6).forEach(i -> orgs.add(org(i, 990 - i)));
    IntStream.rangeClosed(7, 14).forEach(i -> orgs.add(org(i, 900)));
    orgs.add(org(15, 800));

    Ranking.Result result = ranking.rank(orgs, Map.of(), String::valueOf);
    Collections.shuffle(orgs, new Random(7));
    Ranking.Result shuffled = ranking.rank(orgs, Map.of(), String::valueOf);

    assertThat(levels(result, 1, 6)).containsOnly(AWARD);
    assertThat(levels(result, 7, 14)).containsOnly((AwardLevel) null);
    assertThat(IntStream.rangeClosed(7, 14).mapToObj(i -> entry(result, i).rank())).containsOnly(7);
    assertThat(IntStream.rangeClosed(7, 14).mapToObj(i -> entry(result, i).tieGroup())).containsOnly("T1");
    assertThat(reasons(result, 7, 14)).containsOnly(Reason.TIE_UNDECIDED);
    assertThat(entry(result, 7).reasonText()).isEqualTo("同分并列且跨越名额界限（并列组 T1），待领导小组决定（第六条、第八条）");
    Ranking.Tie tie = result.ties().get(0);
    assertThat(tie.awardPlaces()).containsEntry(ORGANIZATION, 1);
    assertThat(tie.nominationPlaces()).isEqualTo(7);
    assertThat(tie.possibleLevels().get(7L)).containsExactlyInAnyOrder(AWARD, NOMINATION);
    // the 7 tied candidates left over take 7 of the 10 nominations; the next one still gets one
    assertThat(entry(result, 15).level()).isEqualTo(NOMINATION);
    assertThat(shuffled.candidates()).containsExactlyInAnyOrderElementsOf(result.candidates());
  }

  @Test
  @DisplayName("Art 6: the leading group's decision resolves the tie at 7th within its one award place")
  void leadingGroupDecidesTheTie() {
    List<Ranking.Candidate> orgs = new ArrayList<>();
    IntStream.rangeClosed(1, 6).forEach(i -> orgs.add(org(i, 990 - i)));
    orgs.add(org(7, 900));
    orgs.add(org(8, 900));

    Ranking.Result decided = ranking.rank(orgs, Map.of(7L, NOMINATION, 8L, AWARD), String::valueOf);

    assertThat(entry(decided, 8).level()).isEqualTo(AWARD);
    assertThat(entry(decided, 7).level()).isEqualTo(NOMINATION);
    assertThat(entry(decided, 7).decided()).isTrue();
    assertThat(entry(decided, 7).reason()).isEqualTo(Reason.TIE_DECIDED);
    assertThat(entry(decided, 8).reasonText()).endsWith("（并列组 T1），领导小组决定：市政府质量奖（第六条、第八条）");
    assertThat(decided.ties()).singleElement().matches(Ranking.Tie::decided);
    assertThatThrownBy(() -> ranking.rank(orgs, Map.of(7L, AWARD, 8L, AWARD), String::valueOf))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("获奖名额只剩 1 个");
    assertThatThrownBy(() -> ranking.rank(orgs, Map.of(7L, AWARD), String::valueOf))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("全部 2 名成员一并决定");
    assertThatThrownBy(() -> ranking.rank(orgs, Map.of(7L, NONE, 8L, AWARD), String::valueOf))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("申报 7 只能定为市政府质量奖或市政府质量奖提名奖，不能定为不授奖");
    assertThatThrownBy(() -> ranking.rank(orgs, Map.of(1L, NONE), String::valueOf))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("不在任何并列组中");
    // the leading group knows the cases by their application numbers, not by our ids
    assertThatThrownBy(() -> ranking.rank(orgs, Map.of(7L, NONE, 8L, AWARD), id -> "BDQA-2026-000" + id))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("申报 BDQA-2026-0007 只能定为");
    assertThatThrownBy(() -> ranking.rank(orgs, Map.of(1L, NONE), id -> "BDQA-2026-000" + id))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("申报 BDQA-2026-0001 不在任何并列组中");
  }

  @Test
  @DisplayName("Art 6: an organisation and an individual tied at the 10th nomination share one tie group; lower scores get nothing")
  void tieAtTheNominationBoundaryAcrossKinds() {
    List<Ranking.Candidate> all = new ArrayList<>();
    IntStream.rangeClosed(1, 7).forEach(i -> all.add(org(i, 990 - i)));
    IntStream.rangeClosed(101, 105).forEach(i -> all.add(ind(i, 990 - i)));
    IntStream.rangeClosed(8, 12).forEach(i -> all.add(org(i, 900 - i)));
    IntStream.rangeClosed(106, 109).forEach(i -> all.add(ind(i, 800 - i)));
    all.add(org(13, 600));
    all.add(ind(110, 600));
    all.add(org(14, 550));

    Ranking.Result result = ranking.rank(all, Map.of(), String::valueOf);

    assertThat(levels(result, 8, 12)).containsOnly(NOMINATION);
    assertThat(levels(result, 106, 109)).containsOnly(NOMINATION);
    assertThat(entry(result, 13).level()).isNull();
    assertThat(entry(result, 110).level()).isNull();
    Ranking.Tie tie = result.ties().get(0);
    assertThat(tie.applicationIds()).containsExactlyInAnyOrder(13L, 110L);
    assertThat(tie.nominationPlaces()).isEqualTo(1);
    assertThat(tie.awardPlaces()).isEmpty();
    assertThat(tie.possibleLevels().get(110L)).containsExactlyInAnyOrder(NOMINATION, NONE);
    assertThat(entry(result, 14).level()).isEqualTo(NONE);

    Ranking.Result decided = ranking.rank(all, Map.of(13L, NONE, 110L, NOMINATION), String::valueOf);
    assertThat(entry(decided, 110).level()).isEqualTo(NOMINATION);
    assertThat(entry(decided, 13).level()).isEqualTo(NONE);
    assertThat(entry(decided, 14).level()).isEqualTo(NONE);
  }

  @Test
  @DisplayName("Art 21: a candidate disqualified after ranking gets nothing and its place is not passed down (不自动递补)")
  void disqualificationAfterRanking() {
    List<Ranking.Candidate> orgs = IntStream.rangeClosed(1, 18).mapToObj(i -> org(i, 1000 - 10 * i)).toList();
    Ranking.Result before = ranking.rank(orgs, Map.of(), String::valueOf);
    List<Ranking.Candidate> after = orgs.stream()
        .map(c -> c.applicationId() == 3L ? new Ranking.Candidate(3L, ORGANIZATION, c.documentScore(), c.onsiteScore(), true) : c)
        .toList();

    Ranking.Result result = ranking.rank(after, Map.of(), String::valueOf);

    assertThat(entry(result, 3).level()).isEqualTo(NONE);
    assertThat(entry(result, 3).disqualified()).isTrue();
    assertThat(entry(result, 3).reason()).isEqualTo(Reason.DISQUALIFIED);
    assertThat(entry(result, 3).reasonText()).isEqualTo("经调查属实取消资格（公示异议第二十一条或投诉举报第九条第六项），名额不递补");
    assertThat(entry(result, 3).rank()).isEqualTo(3);
    assertThat(entry(result, 8).level()).isEqualTo(NOMINATION).isEqualTo(entry(before, 8).level());
    assertThat(entry(result, 18).level()).isEqualTo(NONE);
    assertThat(result.candidates().stream().filter(c -> c.level() == AWARD)).hasSize(6);
  }

  @Test
  @DisplayName("Art 6: the 10 nominations are shared by both kinds, compared as shares of their own sheets")
  void nominationsCompareKindsOnTheirSheets() {
    Ranking realSheets = new Ranking(ONE_TO_ONE, new Quotas(0, 0, 1), NO_MINIMUM,
        Map.of(ORGANIZATION, new BigDecimal("1000"), INDIVIDUAL, new BigDecimal("100")));
    // 1600 of 2000 points is 80 %, 170 of 200 is 85 %: the individual is the better candidate
    List<Ranking.Candidate> both = List.of(scored(1, ORGANIZATION, "800", "800"), scored(2, INDIVIDUAL, "85", "85"));

    Ranking.Result result = realSheets.rank(both, Map.of(), String::valueOf);

    assertThat(entry(result, 2).level()).isEqualTo(NOMINATION);
    assertThat(entry(result, 1).level()).isEqualTo(NONE);
    assertThat(entry(result, 1).cumulativeScore()).isEqualByComparingTo("1600");
  }

  @Test
  @DisplayName("Art 20 以累计得分从高至低为序: 1600.04 and 1600.03 of 2000 points are not a tie on the 1000-point scale;"
      + " the higher one takes the one award place")
  void scoresApartByAHundredthAreNotTied() {
    Ranking realSheets = new Ranking(ONE_TO_ONE, new Quotas(1, 0, 0), NO_MINIMUM,
        Map.of(ORGANIZATION, new BigDecimal("1000"), INDIVIDUAL, new BigDecimal("100")));
    List<Ranking.Candidate> orgs = List.of(scored(1, ORGANIZATION, "800.02", "800.02"),
        scored(2, ORGANIZATION, "800.02", "800.01"));

    Ranking.Result result = realSheets.rank(orgs, Map.of(), String::valueOf);

    assertThat(result.ties()).isEmpty();
    assertThat(entry(result, 1).level()).isEqualTo(AWARD);
    assertThat(entry(result, 2).level()).isEqualTo(NONE);
    assertThat(entry(result, 2).scaledScore()).isEqualByComparingTo("800.015");
  }

  @Test
  @DisplayName("Art 4(3) 严格标准: 1199.99 of 2000 points is 599.995 on the 1000-point scale, below an award minimum of 600")
  void aShareJustBelowTheMinimumIsBelowIt() {
    Ranking realSheets = new Ranking(ONE_TO_ONE, ART_6, new MinimumScores(new BigDecimal("600"), null),
        Map.of(ORGANIZATION, new BigDecimal("1000"), INDIVIDUAL, new BigDecimal("100")));

    assertThat(realSheets.reaches(AWARD, ORGANIZATION, new BigDecimal("600.00"), new BigDecimal("599.99"))).isFalse();
    assertThat(realSheets.rank(List.of(scored(1, ORGANIZATION, "600.00", "599.99")), Map.of(), String::valueOf).candidates().get(0)
        .level()).isEqualTo(NOMINATION);
  }

  @Test
  @DisplayName("Art 18: the on-site proposal compares one review's scores as shares of their sheets: 85 of 100 is 850, above 800 of 1000")
  void oneReviewOnTheSharedScale() {
    Ranking realSheets = new Ranking(ONE_TO_ONE, ART_6, NO_MINIMUM,
        Map.of(ORGANIZATION, new BigDecimal("1000"), INDIVIDUAL, new BigDecimal("100")));

    assertThat(realSheets.reviewOnScale(INDIVIDUAL, new BigDecimal("85"))).isEqualByComparingTo("850");
    assertThat(realSheets.reviewOnScale(ORGANIZATION, new BigDecimal("800"))).isEqualByComparingTo("800");
    assertThat(realSheets.reviewOnScale(INDIVIDUAL, new BigDecimal("72.35"))).isEqualByComparingTo("723.5");
  }

  @Test
  @DisplayName("Art 20, 33: a renewal reaches the award minimum on the same 1000-point scale as the ranking; without a minimum every score does")
  void renewalAgainstTheAwardMinimum() {
    Ranking withMinimum = new Ranking(ONE_TO_ONE, ART_6, new MinimumScores(new BigDecimal("600"), null),
        Map.of(ORGANIZATION, new BigDecimal("1000"), INDIVIDUAL, new BigDecimal("100")));
    assertThat(withMinimum.reaches(AWARD, ORGANIZATION, new BigDecimal("620"), new BigDecimal("580"))).isTrue();
    assertThat(withMinimum.reaches(AWARD, ORGANIZATION, new BigDecimal("620"), new BigDecimal("560"))).isFalse();
    assertThat(withMinimum.reaches(AWARD, INDIVIDUAL, new BigDecimal("60"), new BigDecimal("60"))).isTrue();
    assertThat(withMinimum.reaches(AWARD, INDIVIDUAL, new BigDecimal("60"), new BigDecimal("59.9"))).isFalse();
    assertThat(withMinimum.reaches(NOMINATION, ORGANIZATION, BigDecimal.ZERO, BigDecimal.ZERO)).isTrue();
    assertThat(ranking.reaches(AWARD, ORGANIZATION, BigDecimal.ZERO, BigDecimal.ZERO)).isTrue();
  }

  @Test
  @DisplayName("Art 20: cumulative score = document × weight + on-site × weight (default 1:1, configurable)")
  void weights() {
    Ranking oneAward = new Ranking(ONE_TO_ONE, new Quotas(1, 5, 0), NO_MINIMUM, SAME_SCALE);
    Ranking documentCountsDouble = new Ranking(new Weights(new BigDecimal("2"), BigDecimal.ONE), new Quotas(1, 5, 0),
        NO_MINIMUM, SAME_SCALE);
    List<Ranking.Candidate> orgs = List.of(scored(1, ORGANIZATION, "900.5", "500"), scored(2, ORGANIZATION, "600", "850.25"));

    Ranking.Result equal = oneAward.rank(orgs, Map.of(), String::valueOf);
    Ranking.Result doubled = documentCountsDouble.rank(orgs, Map.of(), String::valueOf);

    assertThat(entry(equal, 2).cumulativeScore()).isEqualByComparingTo("1450.25");
    assertThat(entry(equal, 2).level()).isEqualTo(AWARD);
    assertThat(entry(doubled, 1).cumulativeScore()).isEqualByComparingTo("2301.0");
    assertThat(entry(doubled, 1).level()).isEqualTo(AWARD);
    assertThat(entry(doubled, 2).level()).isEqualTo(NONE);
  }

  @Test
  @DisplayName("Art 6 (不超过): minimum scores per level leave places empty rather than award below the line")
  void minimumScores() {
    Ranking withMinimums = new Ranking(ONE_TO_ONE, ART_6,
        new MinimumScores(new BigDecimal("1600"), new BigDecimal("1200")), SAME_SCALE);
    List<Ranking.Candidate> orgs = List.of(org(1, 820), org(2, 800), org(3, 799.95), org(4, 600), org(5, 599.5));

    Ranking.Result result = withMinimums.rank(orgs, Map.of(), String::valueOf);

    assertThat(levels(result, 1, 2)).containsOnly(AWARD); // 1600 is enough: the minimum is inclusive
    assertThat(levels(result, 3, 4)).containsOnly(NOMINATION);
    assertThat(entry(result, 5).level()).isEqualTo(NONE);
  }

  @Test
  @DisplayName("Art 20: equal cumulative scores share a rank, the next rank skips (1, 2, 2, 4)")
  void sharedRanks() {
    Ranking.Result result = ranking.rank(List.of(org(1, 900), org(2, 800), org(3, 800), org(4, 700)), Map.of(), String::valueOf);

    assertThat(IntStream.rangeClosed(1, 4).mapToObj(i -> entry(result, i).rank())).containsExactly(1, 2, 2, 4);
    assertThat(result.ties()).isEmpty();
  }

  private static Ranking.Candidate org(long id, double eachStage) {
    return scored(id, ORGANIZATION, String.valueOf(eachStage), String.valueOf(eachStage));
  }

  /** An organisation whose cumulative score is {@code scaled} on the 1000-point scale (half per stage). */
  private static Ranking.Candidate orgAt(long id, double scaled) {
    return org(id, scaled / 2);
  }

  private static Ranking.Candidate ind(long id, double eachStage) {
    return scored(id, INDIVIDUAL, String.valueOf(eachStage), String.valueOf(eachStage));
  }

  private static Ranking.Candidate scored(long id, ApplicationKind kind, String document, String onsite) {
    return new Ranking.Candidate(id, kind, new BigDecimal(document), new BigDecimal(onsite), false);
  }

  private static Ranking.Ranked entry(Ranking.Result result, long id) {
    return result.candidates().stream().filter(c -> c.applicationId() == id).findFirst().orElseThrow();
  }

  private static List<Reason> reasons(Ranking.Result result, long from, long to) {
    return LongStream.rangeClosed(from, to).mapToObj(i -> entry(result, i).reason()).toList();
  }

  private static List<AwardLevel> levels(Ranking.Result result, long from, long to) {
    return LongStream.rangeClosed(from, to).mapToObj(i -> entry(result, i).level()).toList();
  }
}
