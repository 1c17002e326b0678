package org.qualityaward.evaluation;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.qualityaward.expert.PanelDraw;
import org.qualityaward.expert.PanelDraws;
import org.qualityaward.application.ApplicationCases;
import org.qualityaward.notification.Notice;
import org.qualityaward.notification.NoticeKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * 重新抽取替补专家: the member declared a conflict in the first step of their task; a redraw replaces
 * them and the replacement takes over this member's review (an incident if nobody can).
 */
@Component("replaceMember")
class ReplaceMemberDelegate implements JavaDelegate {

  private final PanelDraws draws;
  private final ApplicationCases cases;
  private final ApplicationEventPublisher events;

  ReplaceMemberDelegate(PanelDraws draws, ApplicationCases cases, ApplicationEventPublisher events) {
    this.draws = draws;
    this.cases = cases;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String member = (String) execution.getVariable("expertUserId");
    String reason = (String) execution.getVariable("conflictReason");
    PanelDraw current = draws.latest((Long) execution.getVariable("drawId"));
    PanelDraw replacement = draws.redrawForUser(current.getId(), member,
        reason == null || reason.isBlank() ? "本人声明回避" : reason);
    execution.setVariable("expertUserId", draws.replacementUserId(replacement));
    // the replacement's declaration opens empty (the undertaking is the task's own: an input mapping)
    execution.setVariable("conflictOfInterest", null);
    execution.setVariable("conflictReason", null);
    // the panel as it is now, the replacement included; neither who declared the conflict nor why
    events.publishEvent(new Notice(NoticeKind.PANEL_MEMBER_REPLACED, Set.copyOf(draws.memberUserIds(replacement)),
        Set.of(), Set.of(), "申报 " + cases.get(replacement.getApplicationId()).getApplicationNumber() + " 的"
            + replacement.getStage().label() + "评审组有成员回避或经市质强办更换，已于 " + replacement.getDrawnAt().toLocalDate()
            + " 重新抽取替补", Notice.TASKLIST));
  }
}
