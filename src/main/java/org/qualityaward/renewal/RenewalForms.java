package org.qualityaward.renewal;

import java.util.ArrayList;
import java.util.List;
import org.qualityaward.web.FieldProblem;
import org.qualityaward.web.InvalidRequestException;

/** What the renewal forms must carry (Art 33; decisions as DESIGN §7: approved + comment), plain Java. */
public final class RenewalForms {

  /** The holder's answer: apply or not; an application brings its updated self-assessment and a contact. */
  public record Answer(boolean requested, String selfAssessment, String contact) {}

  /** A decision of the approval path. */
  public record Decision(boolean approved, String comment) {}

  private RenewalForms() {}

  public static Answer answer(Object requested, Object selfAssessment, Object contact) {
    List<FieldProblem> problems = new ArrayList<>();
    if (!(requested instanceof Boolean)) {
      problems.add(new FieldProblem("renewalRequested", "请选择是否申请复评"));
      throw new InvalidRequestException(problems);
    }
    if (!(Boolean) requested) {
      return new Answer(false, null, null);
    }
    String assessment = text(selfAssessment, "selfAssessment", "申请复评须提交更新的自我评价（第三十三条）", 20000, problems);
    String reach = text(contact, "contact", "请填写复评联系人及电话", 200, problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return new Answer(true, assessment, reach);
  }

  public static Decision decision(Object approved, Object comment) {
    List<FieldProblem> problems = new ArrayList<>();
    if (!(approved instanceof Boolean)) {
      problems.add(new FieldProblem("approved", "请选择是否同意"));
    }
    String text = text(comment, "comment", "请填写意见（不同意时写明理由）", 4000, problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return new Decision((Boolean) approved, text);
  }

  private static String text(Object value, String field, String message, int max, List<FieldProblem> problems) {
    if (value == null || value.toString().isBlank()) {
      problems.add(new FieldProblem(field, message));
      return null;
    }
    String text = value.toString().strip();
    if (text.length() > max) {
      problems.add(new FieldProblem(field, "不超过" + max + "字"));
    }
    return text;
  }
}
