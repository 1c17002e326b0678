package org.qualityaward.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.qualityaward.expert.PanelDraw;
import org.qualityaward.expert.PanelDraws;
import org.springframework.stereotype.Component;

/**
 * 重新抽取替补专家: the member declared a conflict in the first step of their task; a redraw replaces
 * them and the replacement takes over this member's review (an incident if nobody can).
 */
@Component("replaceMember")
class ReplaceMemberDelegate implements JavaDelegate {

  private final PanelDraws draws;

  ReplaceMemberDelegate(PanelDraws draws) {
    this.draws = draws;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String member = (String) execution.getVariable("expertUserId");
    String reason = (String) execution.getVariable("conflictReason");
    PanelDraw current = draws.latest((Long) execution.getVariable("drawId"));
    PanelDraw replacement = draws.redrawForUser(current.getId(), member,
        reason == null || reason.isBlank() ? "本人声明回避" : reason);
    execution.setVariable("expertUserId", draws.replacementUserId(replacement));
    execution.setVariable("conflictOfInterest", null);
    execution.setVariable("conflictReason", null);
  }
}
