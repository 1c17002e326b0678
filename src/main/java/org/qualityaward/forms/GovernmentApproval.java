package org.qualityaward.forms;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * The city government's approval as its document states it (Art 22, 33): the date, from which the honour's five years
 * run, and the document's number. The date is not the day someone enters it: left empty it is today; it may not lie
 * after today, nor before {@code earliest} (the day the approval was asked for: the publicity ended).
 */
public record GovernmentApproval(LocalDate approvedOn, String document) {

  public static final String DATE_FIELD = "approvedOn";
  public static final String DOCUMENT_FIELD = "approvalDocument";

  /** Reads the two fields of an approving form; refused naming the field and the rule. */
  public static GovernmentApproval read(Function<String, Object> fields, LocalDate today, LocalDate earliest) {
    FormFields form = new FormFields(fields);
    LocalDate date = form.optionalDate(DATE_FIELD, "批准日期");
    String document = form.optionalText(DOCUMENT_FIELD, "批准文号", 100);
    form.throwIfAny();
    LocalDate on = date == null ? today : date;
    if (on.isAfter(today)) {
      form.problem(DATE_FIELD, "批准日期 " + on + " 晚于今日（" + today + "），请填写市政府批准文件的日期");
    } else if (on.isBefore(earliest)) {
      form.problem(DATE_FIELD, "批准日期 " + on + " 早于公示期满报请批准之日（" + earliest
          + "）：公示期满无异议后方可报请市政府批准（第二十二条）");
    }
    form.throwIfAny();
    return new GovernmentApproval(on, document);
  }
}
