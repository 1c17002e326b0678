package org.qualityaward.renewal;

import java.util.function.Function;
import org.qualityaward.forms.FormFields;

/** What the renewal forms must carry (Art 33; decisions as DESIGN §7: approved + comment), plain Java. */
final class RenewalForms {

  /**
   * The holder's answer: apply or not; an application brings its updated self-assessment, a contact and the records of
   * the validity (one a line, as the start form takes them; read and checked by the application's rules).
   */
  public record Answer(boolean requested, String selfAssessment, String contact, String creditRecords,
      String accidents, String employerCreditRecords) {}

  /** A decision of the approval path. */
  public record Decision(boolean approved, String comment) {}

  private RenewalForms() {}

  public static Answer answer(Function<String, Object> fields) {
    FormFields form = new FormFields(fields);
    Boolean applies = form.bool("renewalRequested", "是否申请复评");
    form.throwIfAny();
    if (!applies) {
      return new Answer(false, null, null, null, null, null);
    }
    // Art 33: an application brings the updated self-assessment and the records its conditions are checked on again
    String assessment = form.text("selfAssessment", "更新的自我评价", 20000);
    String reach = form.text("contact", "复评联系人及电话", 200);
    String credit = form.optionalText("creditRecords", "有效期内的信用记录", 10000);
    String accidents = form.optionalText("accidents", "有效期内的事故或重大质量投诉", 10000);
    String employer = form.optionalText("employerCreditRecords", "所在组织有效期内的信用记录", 10000);
    form.throwIfAny();
    return new Answer(true, assessment, reach, credit, accidents, employer);
  }

  public static Decision decision(Object approved, Object comment) {
    FormFields form = new FormFields(field -> switch (field) {
      case "approved" -> approved;
      case "comment" -> comment;
      default -> null;
    });
    Boolean yes = form.bool("approved", "是否同意");
    String text = form.text("comment", "意见（不同意时写明理由）", 4000);
    form.throwIfAny();
    return new Decision(yes, text);
  }
}
