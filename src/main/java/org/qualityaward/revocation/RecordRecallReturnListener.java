package org.qualityaward.revocation;

import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.forms.FormFields;
import org.springframework.stereotype.Component;

/**
 * Listener of Task_TrackRecall 收回…: on create it names the task after the item and the holder; on
 * complete it records {@code returnedOn} (required, not in the future, not before the revocation)
 * and {@code note}.
 */
@Component("recordRecallReturn")
class RecordRecallReturnListener implements TaskListener {

  private final Revocations revocations;
  private final RevocationContext context;
  private final IdentityService identityService;
  private final WorkingDayCalendar calendar;

  RecordRecallReturnListener(Revocations revocations, RevocationContext context,
      IdentityService identityService, WorkingDayCalendar calendar) {
    this.revocations = revocations;
    this.context = context;
    this.identityService = identityService;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    // the item is the multi-instance element the engine took from the server's list of items still out
    RecallItem item = revocations.item(task.getVariable("recallItemId"));
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setName("收回" + item.label() + "：" + context.holderName(item.getRevocationId()));
      return;
    }
    Revocation revocation = revocations.get(item.getRevocationId());
    LocalDate today = calendar.today();
    FormFields form = new FormFields(task::getVariable);
    LocalDate returnedOn = form.date("returnedOn", "收回日期");
    String note = form.optionalText("note", "备注", 2000);
    if (returnedOn != null && returnedOn.isAfter(today)) {
      form.problem("returnedOn", "收回日期 " + returnedOn + " 不能晚于今天 " + today);
    } else if (returnedOn != null && returnedOn.isBefore(revocation.getRevokedOn())) {
      form.problem("returnedOn", "收回日期 " + returnedOn + " 早于撤销日期 " + revocation.getRevokedOn());
    }
    form.throwIfAny();
    Authentication user = identityService.getCurrentAuthentication();
    item.returned(returnedOn, note, user == null ? null : user.getUserId());
  }
}
