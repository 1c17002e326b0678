package org.qualityaward.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.honour.AwardLevel;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.review.ReviewProperties.MinimumScores;
import org.qualityaward.review.ReviewProperties.Quotas;
import org.qualityaward.review.ReviewProperties.Weights;

/**
 * Comprehensive evaluation (综合评价, Art 20) under the quotas of Art 6. Candidates are taken by
 * cumulative score, high to low, one score at a time: awards per kind, then nominations for both
 * kinds together. Where the candidates of one score need more places than are left, none of them
 * is cut: they form a tie group for the leading group, and the places of the boundary are used up
 * by that group (a lower score never gets a place a tied group left open).
 *
 * <p>Quotas are ceilings (Art 6 不超过, Art 4(3) 严格标准、好中选优): a candidate below a level's
 * minimum score does not get that level, and a place nobody reaches stays empty. Disqualified
 * candidates (an objection, Art 21, or a complaint, Art 9(6), found true) keep their place in the walk, so nobody
 * below moves up, and get NONE: a place freed by a disqualification stays empty ("不自动递补"). Every candidate
 * gets the {@link Reason} for its level and that reason in words.
 */
public final class Ranking {

  public record Candidate(Long applicationId, ApplicationKind kind, BigDecimal documentScore,
      BigDecimal onsiteScore, boolean disqualified) {}

  /**
   * level is null while the candidate waits for the leading group's decision in tieGroup;
   * scaledScore is the cumulative score on the 1000-point scale the minimums and the walk use.
   */
  public record Ranked(Long applicationId, ApplicationKind kind, int rank, BigDecimal documentScore,
      BigDecimal onsiteScore, BigDecimal cumulativeScore, BigDecimal scaledScore, AwardLevel level, String tieGroup,
      boolean disqualified, boolean decided, Reason reason, String reasonText) {}

  /** Why a candidate is or is not proposed; {@link #rank} words it with the scores, quotas and minimums. */
  public enum Reason {
    /** Reached the award minimum within the kind's award quota. */
    AWARD_WITHIN_QUOTA,
    /** Reached the award minimum, but the kind's award places were taken by higher scores. */
    NOMINATION_AWARD_QUOTA_FULL,
    /** Below the award minimum, reached the nomination minimum. */
    NOMINATION_BELOW_AWARD_MINIMUM,
    /** Below the nomination minimum: not proposed whatever places are left (Art 4(3)). */
    NONE_BELOW_NOMINATION_MINIMUM,
    /** Reached the award minimum, but the kind's award places and the nominations were taken. */
    NONE_QUOTAS_FULL,
    /** Below the award minimum, reached the nomination minimum, but the nominations were taken. */
    NONE_NOMINATIONS_FULL,
    /** Tied across a quota boundary; the leading group has not decided yet. */
    TIE_UNDECIDED,
    /** Tied across a quota boundary; the level is the leading group's decision. */
    TIE_DECIDED,
    /** Disqualified on an objection (Art 21) or a complaint (Art 9(6)) found true; the place is not passed down. */
    DISQUALIFIED
  }

  /**
   * Candidates of one score straddling a quota boundary: awardPlaces per kind whose award boundary
   * they straddle, nominationPlaces the nominations left to them; possibleLevels per candidate.
   */
  public record Tie(String id, BigDecimal cumulativeScore, List<Long> applicationIds,
      Map<ApplicationKind, Integer> awardPlaces, int nominationPlaces,
      Map<Long, Set<AwardLevel>> possibleLevels, boolean decided) {}

  public record Result(List<Ranked> candidates, List<Tie> ties) {}

  private static final BigDecimal SCALE = new BigDecimal("1000");

  private final Weights weights;
  private final Quotas quotas;
  private final MinimumScores minimums;
  private final Map<ApplicationKind, BigDecimal> sheetTotals;

  /**
   * {@code sheetTotals}: the points of each kind's sheet. Nominations are shared by both kinds, so
   * the walk compares candidates on one 1000-point scale (an organisation's 1000-point sheet and an
   * individual's 100-point sheet would otherwise never meet); minimum scores are on that scale too.
   */
  public Ranking(Weights weights, Quotas quotas, MinimumScores minimums, Map<ApplicationKind, BigDecimal> sheetTotals) {
    this.weights = weights;
    this.quotas = quotas;
    this.minimums = minimums;
    this.sheetTotals = Map.copyOf(sheetTotals);
  }

  public BigDecimal cumulative(BigDecimal documentScore, BigDecimal onsiteScore) {
    return weights.document().multiply(documentScore).add(weights.onsite().multiply(onsiteScore));
  }

  /**
   * Ranks the candidates; decisions (applicationId → level) resolve tie groups and must cover every
   * non-disqualified member of a group at once, within the group's places. A refusal names each case as
   * {@code caseNumber} gives it: the leading group knows cases by their application numbers.
   */
  public Result rank(List<Candidate> candidates, Map<Long, AwardLevel> decisions, Function<Long, String> caseNumber) {
    Map<Long, BigDecimal> cumulative = new LinkedHashMap<>();
    candidates.forEach(c -> cumulative.put(c.applicationId(), cumulative(c.documentScore(), c.onsiteScore())));
    TreeMap<BigDecimal, List<Candidate>> byScore = new TreeMap<>(Comparator.reverseOrder());
    candidates.forEach(c -> byScore.computeIfAbsent(onScale(c.kind(), cumulative.get(c.applicationId())),
        s -> new ArrayList<>()).add(c));

    Walk walk = new Walk(decisions, caseNumber);
    byScore.forEach(walk::score);
    decisions.keySet().stream().filter(id -> !walk.inTie.contains(id)).findFirst().ifPresent(id -> {
      throw refused(id, "申报 " + caseNumber.apply(id) + " 不在任何并列组中，无需领导小组决定");
    });

    List<Ranked> ranked = new ArrayList<>();
    for (ApplicationKind kind : ApplicationKind.values()) {
      List<Candidate> ofKind = candidates.stream().filter(c -> c.kind() == kind)
          .sorted(Comparator.comparing((Candidate c) -> cumulative.get(c.applicationId())).reversed()
              .thenComparing(Candidate::applicationId))
          .toList();
      for (Candidate c : ofKind) {
        BigDecimal score = cumulative.get(c.applicationId());
        int rank = 1 + (int) ofKind.stream().filter(o -> cumulative.get(o.applicationId()).compareTo(score) > 0).count();
        AwardLevel level = c.disqualified() ? AwardLevel.NONE : walk.levels.get(c.applicationId());
        String tieGroup = walk.tieOf.get(c.applicationId());
        boolean decided = !c.disqualified() && decisions.containsKey(c.applicationId());
        Reason reason = c.disqualified() ? Reason.DISQUALIFIED
            : tieGroup == null ? walk.reasons.get(c.applicationId())
            : decided ? Reason.TIE_DECIDED : Reason.TIE_UNDECIDED;
        BigDecimal scaled = onScale(kind, score);
        ranked.add(new Ranked(c.applicationId(), kind, rank, c.documentScore(), c.onsiteScore(), score, scaled, level,
            tieGroup, c.disqualified(), decided, reason, reasonText(reason, kind, level, tieGroup)));
      }
    }
    return new Result(ranked, walk.ties);
  }

  /**
   * Whether a candidate's cumulative score, on the 1000-point scale of the walk, reaches the level's
   * minimum score (yes when none is configured). The renewal re-evaluation (Art 33) asks this too.
   */
  public boolean reaches(AwardLevel level, ApplicationKind kind, BigDecimal documentScore, BigDecimal onsiteScore) {
    return reaches(level, onScale(kind, cumulative(documentScore, onsiteScore)));
  }

  private boolean reaches(AwardLevel level, BigDecimal scaled) {
    BigDecimal minimum = switch (level) {
      case AWARD -> minimums.award();
      case NOMINATION -> minimums.nomination();
      case NONE -> null;
    };
    return minimum == null || scaled.compareTo(minimum) >= 0;
  }

  /**
   * The reason in the words the office, the leading group and the city government read, with the
   * article it rests on, e.g. 「达到获奖最低分 600，在获奖组织名额（7个）内，建议授予市政府质量奖（第六条、第二十条）」;
   * the score and the rank stand beside it. Quotas and minimums are the ones this ranking applies, so
   * candidates of one kind with one reason share one text (the forms list each text once).
   */
  private String reasonText(Reason reason, ApplicationKind kind, AwardLevel level, String tieGroup) {
    String awardQuota = "获奖" + kindLabel(kind) + "名额（" + awardQuota(kind) + "个）";
    String nominationQuota = "提名奖名额（" + quotas.nominations() + "个）";
    return switch (reason) {
      case AWARD_WITHIN_QUOTA -> reachedMinimum(minimums.award(), "获奖") + "在" + awardQuota
          + "内，建议授予" + AwardLevel.AWARD.label() + "（第六条、第二十条）";
      case NOMINATION_AWARD_QUOTA_FULL -> awardQuota + "已满（第六条 不超过），" + reachedMinimum(minimums.nomination(),
          "提名奖") + "在" + nominationQuota + "内，建议授予" + AwardLevel.NOMINATION.label() + "（第六条、第二十条）";
      case NOMINATION_BELOW_AWARD_MINIMUM -> belowMinimum(minimums.award(), "获奖") + "，"
          + reachedMinimum(minimums.nomination(), "提名奖") + "在" + nominationQuota + "内，建议授予"
          + AwardLevel.NOMINATION.label() + "（第六条、第二十条）";
      case NONE_BELOW_NOMINATION_MINIMUM -> belowMinimum(minimums.nomination(), "提名奖")
          + "，不建议授奖（第四条第三项 严格标准、好中选优）";
      case NONE_QUOTAS_FULL -> awardQuota + "和" + nominationQuota + "均已满（第六条 不超过），不建议授奖";
      case NONE_NOMINATIONS_FULL -> belowMinimum(minimums.award(), "获奖") + "，" + nominationQuota
          + "已满（第六条 不超过），不建议授奖";
      case TIE_UNDECIDED -> "同分并列且跨越名额界限（并列组 " + tieGroup + "），待领导小组决定（第六条、第八条）";
      case TIE_DECIDED -> "同分并列且跨越名额界限（并列组 " + tieGroup + "），领导小组决定：" + level.label()
          + "（第六条、第八条）";
      case DISQUALIFIED -> "经调查属实取消资格（公示异议第二十一条或投诉举报第九条第六项），名额不递补";
    };
  }

  private int awardQuota(ApplicationKind kind) {
    return kind == ApplicationKind.ORGANIZATION ? quotas.organizationAwards() : quotas.individualAwards();
  }

  private static String reachedMinimum(BigDecimal minimum, String level) {
    return minimum == null ? "" : "达到" + level + "最低分 " + points(minimum) + "，";
  }

  /** Only said of a configured minimum: without one every score reaches the level. */
  private static String belowMinimum(BigDecimal minimum, String level) {
    return "未达到" + level + "最低分 " + points(minimum) + "（评选方案，第四条第三项）";
  }

  private static String points(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /**
   * The cumulative score as a share of the kind's maximum, on the 1000-point scale of the walk. Not rounded to the
   * sheets' two decimals: with 1:1 weights an organisation's 1600.04 and 1600.03 are 800.02 and 800.015, which the
   * order (Art 20) and the minimums (Art 4(3)) must tell apart; six places are exact for weights of two decimals.
   */
  BigDecimal onScale(ApplicationKind kind, BigDecimal cumulative) {
    BigDecimal maximum = cumulative(sheetTotals.get(kind), sheetTotals.get(kind));
    BigDecimal exact = cumulative.multiply(SCALE).divide(maximum, 6, RoundingMode.HALF_UP).stripTrailingZeros();
    return exact.scale() < 2 ? exact.setScale(2) : exact; // shown with the sheets' two decimals at least
  }

  /**
   * One review's panel score on the same 1000-point scale: the office's on-site proposal (Art 18) lists an
   * individual's 100-point sheet beside an organisation's 1000-point one, as the ranking compares them.
   */
  public BigDecimal reviewOnScale(ApplicationKind kind, BigDecimal panelScore) {
    return panelScore.multiply(SCALE).divide(sheetTotals.get(kind), 2, RoundingMode.HALF_UP);
  }

  private static InvalidInputException refused(Long applicationId, String message) {
    return new InvalidInputException(List.of(new FieldProblem("decisions." + applicationId, message)));
  }

  /** State of the walk from the highest score down: places left and what each candidate got. */
  private final class Walk {
    final Map<Long, AwardLevel> decisions;
    final Map<ApplicationKind, Integer> awardPlaces = new EnumMap<>(ApplicationKind.class);
    int nominationPlaces = quotas.nominations();
    final Map<Long, AwardLevel> levels = new LinkedHashMap<>();
    final Map<Long, Reason> reasons = new LinkedHashMap<>();
    final Map<Long, String> tieOf = new LinkedHashMap<>();
    final Set<Long> inTie = new HashSet<>();
    final List<Tie> ties = new ArrayList<>();

    final Function<Long, String> caseNumber;

    Walk(Map<Long, AwardLevel> decisions, Function<Long, String> caseNumber) {
      this.decisions = decisions;
      this.caseNumber = caseNumber;
      awardPlaces.put(ApplicationKind.ORGANIZATION, quotas.organizationAwards());
      awardPlaces.put(ApplicationKind.INDIVIDUAL, quotas.individualAwards());
    }

    void score(BigDecimal score, List<Candidate> group) {
      boolean awardAllowed = reaches(AwardLevel.AWARD, score);
      boolean nominationAllowed = reaches(AwardLevel.NOMINATION, score);
      List<Candidate> straddlers = new ArrayList<>();
      Map<ApplicationKind, Integer> straddled = new EnumMap<>(ApplicationKind.class);
      List<Candidate> forNomination = new ArrayList<>();
      int demand = 0;
      for (ApplicationKind kind : ApplicationKind.values()) {
        List<Candidate> members = group.stream().filter(c -> c.kind() == kind).toList();
        int places = awardPlaces.get(kind);
        if (members.isEmpty()) {
          continue;
        }
        if (!awardAllowed || places == 0) {
          forNomination.addAll(members);
          demand += members.size();
        } else if (members.size() <= places) {
          members.forEach(c -> {
            levels.put(c.applicationId(), AwardLevel.AWARD);
            reasons.put(c.applicationId(), Reason.AWARD_WITHIN_QUOTA);
          });
          awardPlaces.put(kind, places - members.size());
        } else {
          straddlers.addAll(members);
          straddled.put(kind, places);
          awardPlaces.put(kind, 0);
          demand += members.size() - places;
        }
      }
      int nominations = nominationAllowed ? Math.min(demand, nominationPlaces) : 0;
      nominationPlaces -= nominations;
      boolean nominationStraddled = nominations > 0 && nominations < demand;
      AwardLevel overflowLevel = nominations == demand && demand > 0 ? AwardLevel.NOMINATION : AwardLevel.NONE;
      if (!nominationStraddled) {
        Reason reason = overflowReason(overflowLevel, awardAllowed, nominationAllowed);
        forNomination.forEach(c -> {
          levels.put(c.applicationId(), overflowLevel);
          reasons.put(c.applicationId(), reason);
        });
      }
      if (straddlers.isEmpty() && !nominationStraddled) {
        return;
      }
      Map<Long, Set<AwardLevel>> possible = new LinkedHashMap<>();
      for (Candidate c : straddlers) {
        Set<AwardLevel> levelsOf = EnumSet.of(AwardLevel.AWARD);
        if (nominations > 0) {
          levelsOf.add(AwardLevel.NOMINATION);
        }
        if (nominations < demand) {
          levelsOf.add(AwardLevel.NONE);
        }
        possible.put(c.applicationId(), levelsOf);
      }
      if (nominationStraddled) {
        forNomination.forEach(c -> possible.put(c.applicationId(), EnumSet.of(AwardLevel.NOMINATION, AwardLevel.NONE)));
      }
      tie(score, group, possible, straddled, nominations);
    }

    /** Why candidates who got no award place (below its minimum or none left) got overflowLevel. */
    private static Reason overflowReason(AwardLevel overflowLevel, boolean awardAllowed, boolean nominationAllowed) {
      if (overflowLevel == AwardLevel.NOMINATION) {
        return awardAllowed ? Reason.NOMINATION_AWARD_QUOTA_FULL : Reason.NOMINATION_BELOW_AWARD_MINIMUM;
      }
      if (!nominationAllowed) {
        return Reason.NONE_BELOW_NOMINATION_MINIMUM;
      }
      return awardAllowed ? Reason.NONE_QUOTAS_FULL : Reason.NONE_NOMINATIONS_FULL;
    }

    private void tie(BigDecimal score, List<Candidate> group, Map<Long, Set<AwardLevel>> possible,
        Map<ApplicationKind, Integer> awardPlacesOfTie, int nominations) {
      String id = "T" + (ties.size() + 1);
      List<Candidate> members = group.stream().filter(c -> possible.containsKey(c.applicationId())).toList();
      List<Candidate> toDecide = members.stream().filter(c -> !c.disqualified()).toList();
      members.forEach(c -> {
        tieOf.put(c.applicationId(), id);
        inTie.add(c.applicationId());
      });
      long decidedCount = toDecide.stream().filter(c -> decisions.containsKey(c.applicationId())).count();
      boolean decided = decidedCount == toDecide.size();
      if (decidedCount > 0 && !decided) {
        throw refused(toDecide.get(0).applicationId(), "并列组 " + id + "（累计得分 " + score.toPlainString()
            + "）须对全部 " + toDecide.size() + " 名成员一并决定");
      }
      if (decided) {
        apply(id, members, possible, awardPlacesOfTie, nominations);
      }
      ties.add(new Tie(id, score, toDecide.stream().map(Candidate::applicationId).toList(), awardPlacesOfTie,
          nominations, possible, decided));
    }

    /** Counts include disqualified members' earlier decisions: their places stay empty. */
    private void apply(String id, List<Candidate> members, Map<Long, Set<AwardLevel>> possible,
        Map<ApplicationKind, Integer> awardPlacesOfTie, int nominations) {
      Map<ApplicationKind, Integer> awards = new EnumMap<>(ApplicationKind.class);
      int nominated = 0;
      for (Candidate c : members) {
        AwardLevel level = decisions.get(c.applicationId());
        if (level == null) {
          continue;
        }
        if (!possible.get(c.applicationId()).contains(level)) {
          throw refused(c.applicationId(), "并列组 " + id + " 中申报 " + caseNumber.apply(c.applicationId()) + " 只能定为"
              + possible.get(c.applicationId()).stream().map(AwardLevel::label).collect(Collectors.joining("或"))
              + "，不能定为" + level.label());
        }
        if (level == AwardLevel.AWARD) {
          awards.merge(c.kind(), 1, Integer::sum);
        } else if (level == AwardLevel.NOMINATION) {
          nominated++;
        }
        levels.put(c.applicationId(), level);
      }
      awards.forEach((kind, count) -> {
        if (count > awardPlacesOfTie.getOrDefault(kind, 0)) {
          throw refused(members.get(0).applicationId(), "并列组 " + id + " 的" + kindLabel(kind) + "获奖名额只剩 "
              + awardPlacesOfTie.getOrDefault(kind, 0) + " 个，决定了 " + count + " 个（第六条）");
        }
      });
      if (nominated > nominations) {
        throw refused(members.get(0).applicationId(), "并列组 " + id + " 的提名奖名额只剩 " + nominations
            + " 个，决定了 " + nominated + " 个（第六条）");
      }
    }
  }

  static String kindLabel(ApplicationKind kind) {
    return kind == ApplicationKind.ORGANIZATION ? "组织" : "个人";
  }
}
