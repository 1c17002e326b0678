package org.qualityaward.renewal;

import org.qualityaward.forms.FormFields;

/** What the renewal forms must carry (Art 33; decisions as DESIGN §7: approved + comment), plain Java. */
final class RenewalForms {

  /** The holder's answer: apply or not; an application brings its updated self-assessment and a contact. */
  public record Answer(boolean requested, String selfAssessment, String contact) {}

  /** A decision of the approval path. */
  public record Decision(boolean approved, String comment) {}

  private RenewalForms() {}

  public static Answer answer(Object requested, Object selfAssessment, Object contact) {
    FormFields form = new FormFields(field -> switch (field) {
      case "renewalRequested" -> requested;
      case "selfAssessment" -> selfAssessment;
      case "contact" -> contact;
      default -> null;
    });
    Boolean applies = form.bool("renewalRequested", "是否申请复评");
    form.throwIfAny();
    if (!applies) {
      return new Answer(false, null, null);
    }
    // Art 33: an application brings the updated self-assessment
    String assessment = form.text("selfAssessment", "更新的自我评价", 20000);
    String reach = form.text("contact", "复评联系人及电话", 200);
    form.throwIfAny();
    return new Answer(true, assessment, reach);
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
