package org.qualityaward.expert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.qualityaward.forms.TypedLine;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;

/**
 * Art 9(4) 监督考核评审员: reading the office's ratings of one panel, and whether an expert's ratings keep
 * them out of draws. Plain rules; the records are {@link ExpertRatings}'.
 */
final class ExpertRatingRule {

  static final int MAX_REMARK = 500;

  private ExpertRatingRule() {}

  /** One member's rating: {@code member} counts from 1 in the order the task lists them. */
  record Line(int member, RatingLevel level, String remark) {}

  /**
   * The office's text, one line per member 「序号 等级 备注」. Every member is rated exactly once; a level below
   * 合格 says why (备注), so the expert and whoever reinstates them can read it. Refused as a whole, every
   * problem naming its line.
   */
  static List<Line> read(String text, int members) {
    List<FieldProblem> problems = new ArrayList<>();
    TreeMap<Integer, Line> rated = new TreeMap<>();
    Map<Integer, Integer> lineOf = new HashMap<>();
    String[] lines = text == null ? new String[0] : text.split("\\R");
    for (int number = 1; number <= lines.length; number++) {
      String line = lines[number - 1];
      if (line.isBlank()) {
        continue;
      }
      String[] parts = TypedLine.fields(line, 3);
      Integer member = memberNumber(parts[0], members);
      Optional<RatingLevel> level = parts.length > 1 ? RatingLevel.ofLabel(parts[1]) : Optional.empty();
      String remark = parts.length > 2 ? parts[2].strip() : "";
      String at = "第" + number + "行：";
      if (member == null) {
        problems.add(problem(at + "“" + parts[0] + "”不是评审员序号（1–" + members + "）"));
      } else if (level.isEmpty()) {
        problems.add(problem(at + "应为「序号 等级 备注」，等级为 " + RatingLevel.labels() + " 之一"));
      } else if (level.get().below(RatingLevel.COMPETENT) && remark.isEmpty()) {
        problems.add(problem(at + "评为“" + level.get().label() + "”须写明理由（第九条第（四）项 监督考核评审员）"));
      } else if (remark.length() > MAX_REMARK) {
        problems.add(problem(at + "备注不超过 " + MAX_REMARK + " 字"));
      } else if (rated.containsKey(member)) {
        problems.add(problem(at + "评审员 " + member + " 已在第 " + lineOf.get(member) + " 行考核过"));
      } else {
        rated.put(member, new Line(member, level.get(), remark.isEmpty() ? null : remark));
        lineOf.put(member, number);
      }
    }
    List<String> missing = IntStream.rangeClosed(1, members).filter(m -> !rated.containsKey(m))
        .mapToObj(String::valueOf).toList();
    if (problems.isEmpty() && !missing.isEmpty()) {
      problems.add(problem("未考核评审员 " + String.join("、", missing) + "：每名评审员一行（第九条第（四）项）"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return List.copyOf(rated.values());
  }

  /**
   * Whether an expert stays out of draws: their latest rating is below {@code excludeBelow} and the office has
   * not reinstated them from it. A later good rating ends it as well; a later poor one needs a new
   * reinstatement.
   */
  static boolean ratedOut(Optional<RatingLevel> latest, boolean latestReinstated, RatingLevel excludeBelow) {
    return latest.isPresent() && latest.get().below(excludeBelow) && !latestReinstated;
  }

  private static Integer memberNumber(String text, int members) {
    try {
      int number = Integer.parseInt(text);
      return number >= 1 && number <= members ? number : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static FieldProblem problem(String message) {
    return new FieldProblem(ExpertRatings.FIELD, message);
  }
}
