package org.qualityaward.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qualityaward.forms.TypedLine;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;

/**
 * The leader's short remark on each member (组长负责制, Art 10), for the office's rating (Art 9(4)): optional,
 * one line per member 「用户名 评语」 naming the members as the summary shows them (吴振华（expert04）).
 */
final class LeaderRemarks {

  /** The consolidation form's field. */
  static final String FIELD = "memberRemarks";
  static final int MAX_REMARK = 500;

  private LeaderRemarks() {}

  /** Remarks by member user id; refused as a whole, each problem naming its line. */
  static Map<String, String> read(String text, List<String> members) {
    Map<String, String> remarks = new LinkedHashMap<>();
    List<FieldProblem> problems = new ArrayList<>();
    String[] lines = text == null ? new String[0] : text.split("\\R");
    for (int number = 1; number <= lines.length; number++) {
      if (lines[number - 1].isBlank()) {
        continue;
      }
      String[] parts = TypedLine.fields(lines[number - 1], 2);
      String remark = parts.length > 1 ? parts[1].strip() : "";
      String at = "第" + number + "行：";
      if (!members.contains(parts[0])) {
        problems.add(problem(at + "“" + parts[0] + "”不是本评审组成员的用户名（" + String.join("、", members) + "）"));
      } else if (remark.isEmpty() || remark.length() > MAX_REMARK) {
        problems.add(problem(at + "应为「用户名 评语」，评语不超过 " + MAX_REMARK + " 字"));
      } else if (remarks.putIfAbsent(parts[0], remark) != null) {
        problems.add(problem(at + parts[0] + " 已评价过，每名成员一行"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return remarks;
  }

  private static FieldProblem problem(String message) {
    return new FieldProblem(FIELD, message);
  }
}
