package org.qualityaward.proposal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.honour.AwardLevel;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.review.Rankings;

/**
 * The award proposal (授奖建议名单): each ranked case at the level the ranking gave it (Art 20), unless the
 * office moved it when reviewing the results, first or after a return by the leading group or the city government
 * (Art 9(5), 20, 22), each move with its reason. A case disqualified on an objection (Art 21) or a complaint
 * (Art 9(6)) is never proposed, whatever was moved, and its place stays empty.
 */
public final class Proposal {

  /** The form field the office writes its changes in, one per line: 「申报编号 等级 理由」. */
  static final String CHANGES_FIELD = "proposalChanges";

  /** One move by the office: a ranked case to a level, with the reason. */
  record Change(Long applicationId, AwardLevel level, String reason) {}

  /** A ranked case as proposed; {@code reason} is the office's when the level differs from the ranking's. */
  public record Line(Rankings.Entry ranked, AwardLevel level, String reason) {

    public AwardLevel rankedLevel() {
      return ranked.level() == null ? AwardLevel.NONE : ranked.level();
    }

    public boolean changed() {
      return level != rankedLevel();
    }

    /** Proposed for an award or a nomination and not disqualified. */
    public boolean honoured() {
      return !ranked.disqualified() && level.isConferred();
    }
  }

  private final List<Line> lines;

  private Proposal(List<Line> lines) {
    this.lines = lines;
  }

  /** The ranking with the office's changes applied in the order made: a later move of a case wins. */
  static Proposal of(List<Rankings.Entry> ranking, List<Change> changes) {
    Map<Long, Change> latest = new LinkedHashMap<>();
    changes.forEach(change -> latest.put(change.applicationId(), change));
    List<Line> lines = new ArrayList<>();
    for (Rankings.Entry entry : ranking) {
      Change change = latest.get(entry.applicationId());
      AwardLevel ranked = entry.level() == null ? AwardLevel.NONE : entry.level();
      if (entry.disqualified()) {
        lines.add(new Line(entry, AwardLevel.NONE, null));
      } else if (change == null || change.level() == ranked) {
        lines.add(new Line(entry, ranked, null));
      } else {
        lines.add(new Line(entry, change.level(), change.reason()));
      }
    }
    return new Proposal(List.copyOf(lines));
  }

  public List<Line> lines() {
    return lines;
  }

  public List<Line> honoured() {
    return lines.stream().filter(Line::honoured).toList();
  }

  public List<Line> changed() {
    return lines.stream().filter(line -> !line.ranked().disqualified() && line.changed()).toList();
  }

  /** Awards proposed per kind. */
  public Map<ApplicationKind, Integer> awards() {
    Map<ApplicationKind, Integer> awards = new EnumMap<>(ApplicationKind.class);
    for (ApplicationKind kind : ApplicationKind.values()) {
      awards.put(kind, (int) honoured().stream()
          .filter(line -> line.level() == AwardLevel.AWARD && line.ranked().kind() == kind).count());
    }
    return awards;
  }

  public int nominations() {
    return (int) honoured().stream().filter(line -> line.level() == AwardLevel.NOMINATION).count();
  }

  /**
   * What keeps the office's moves (applied already in this proposal) from standing: a disqualified case
   * proposed (Art 21), a level whose minimum score the case does not reach (Art 4(3), the edition's plan), a case
   * put above a higher score left lower (Art 20), more awards or nominations than the places (Art 6).
   * {@code lineOf} numbers each move for its message.
   */
  List<FieldProblem> problems(Map<Long, Integer> lineOf, List<Change> moves, Rankings.Places places,
      BiPredicate<Rankings.Entry, AwardLevel> reaches) {
    List<FieldProblem> problems = new ArrayList<>();
    for (Change move : moves) {
      Rankings.Entry entry = lines.stream().map(Line::ranked)
          .filter(e -> e.applicationId().equals(move.applicationId())).findFirst().orElseThrow();
      String where = "第" + lineOf.get(move.applicationId()) + "行 " + entry.applicationNumber() + "：";
      if (entry.disqualified() && move.level().isConferred()) {
        problems.add(problem(where + "经调查属实已取消资格，不能列入建议名单（第九条第六项、第二十一条）"));
      } else if (move.level().isConferred() && !reaches.test(entry, move.level())) {
        problems.add(problem(where + "累计得分 " + entry.cumulativeScore().toPlainString() + " 未达到"
            + move.level().label() + "的最低分（评选方案；第四条第三项 严格标准、好中选优）"));
      } else {
        passedOver(entry, move.level()).ifPresent(higher -> problems.add(problem(where + "列为" + move.level().label()
            + "将排在累计得分更高的 " + higher.ranked().applicationNumber() + "（" + higher.level().label() + "）之前；"
            + "建议名单以累计得分从高至低为序（第二十条）：该申报如不宜列入或应降级，请一并调整并写明理由")));
      }
    }
    awards().forEach((kind, count) -> {
      int allowed = places.awards().getOrDefault(kind, 0);
      if (count > allowed) {
        problems.add(problem("调整后" + kind.label() + "获奖 " + count + " 个，超过本届名额 " + allowed + " 个（第六条）"));
      }
    });
    if (nominations() > places.nominations()) {
      problems.add(problem("调整后提名奖 " + nominations() + " 个，超过本届名额 " + places.nominations()
          + " 个（第六条，含组织和个人）"));
    }
    return problems;
  }

  /**
   * The highest-scored case a move to {@code level} would put this one above (Art 20 以累计得分从高至低为序): one with a
   * higher score left by the office at a lower level, of the same kind for an award (awards are counted per kind), of
   * either kind for a nomination (one scale, shared places). A case the office moved down carries its own reason.
   */
  private Optional<Line> passedOver(Rankings.Entry moved, AwardLevel level) {
    return lines.stream()
        .filter(line -> !line.ranked().disqualified() && !movedDown(line))
        .filter(line -> level != AwardLevel.AWARD || line.ranked().kind() == moved.kind())
        .filter(line -> line.level().ordinal() > level.ordinal())
        .filter(line -> line.ranked().scaledScore().compareTo(moved.scaledScore()) > 0)
        .max(Comparator.comparing((Line line) -> line.ranked().scaledScore()));
  }

  private static boolean movedDown(Line line) {
    return line.level().ordinal() > line.rankedLevel().ordinal();
  }

  private static FieldProblem problem(String message) {
    return new FieldProblem(CHANGES_FIELD, message);
  }
}
