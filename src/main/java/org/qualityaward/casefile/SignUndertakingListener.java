package org.qualityaward.casefile;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.qualityaward.calendar.WorkingDayCalendar;
import java.util.List;
import org.qualityaward.identity.TaskActor;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * 回避声明 completed: a member without a conflict who ticked the confidentiality undertaking (保密承诺, Art 29)
 * has signed it for this case and stage, recorded as the assignee (the authenticated user) at this moment.
 * The form requires the tick unless the member declares a conflict; a member replaced for a conflict signs
 * nothing and loses the case. The answer whether to withdraw is required: the model routes on it (Tasklist always
 * sends the box; a REST call without it would otherwise fail in the gateway with an engine error).
 */
@Component("recordUndertaking")
class SignUndertakingListener implements TaskListener {

  static final String FIELD = "confidentialityUndertaking";

  private final UndertakingRepository undertakings;
  private final WorkingDayCalendar calendar;

  SignUndertakingListener(UndertakingRepository undertakings, WorkingDayCalendar calendar) {
    this.undertakings = undertakings;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getVariable("conflictOfInterest") == null) {
      throw new InvalidInputException(List.of(new FieldProblem("conflictOfInterest",
          "请选择是否申请回避（本人与该申报存在利害关系的应当回避，第二十九条）")));
    }
    boolean signed = Boolean.TRUE.equals(task.getVariable(FIELD));
    boolean conflict = Boolean.TRUE.equals(task.getVariable("conflictOfInterest"));
    if (!signed || conflict) {
      return;
    }
    Long applicationId = (Long) task.getVariable("applicationId");
    String stage = (String) task.getVariable("stage");
    String userId = TaskActor.assignee(task);
    if (!undertakings.existsByApplicationIdAndStageAndUserId(applicationId, stage, userId)) {
      undertakings.save(new Undertaking(applicationId, stage, userId, calendar.now(), task.getId()));
    }
  }
}
