package org.qualityaward.evaluation;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.qualityaward.application.ApplicationCases;
import org.qualityaward.expert.PanelDraws;
import org.qualityaward.notification.Notice;
import org.qualityaward.notification.NoticeKind;
import org.qualityaward.review.ReviewStage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * 告知评审组评审已终止: the case was disqualified while its panel ran (Art 9(6), 17, 21), so the members' tasks are
 * gone; the panel as drawn last is told why, rather than finding its work vanished. A panel stopped before its
 * draw has nobody to tell.
 */
@Component("tellPanelStopped")
class TellPanelStoppedDelegate implements JavaDelegate {

  private final PanelDraws draws;
  private final ApplicationCases cases;
  private final ApplicationEventPublisher events;

  TellPanelStoppedDelegate(PanelDraws draws, ApplicationCases cases, ApplicationEventPublisher events) {
    this.draws = draws;
    this.cases = cases;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long drawId = (Long) execution.getVariable("drawId");
    if (drawId == null) {
      return;
    }
    String number = cases.get((Long) execution.getVariable("applicationId")).getApplicationNumber();
    String stage = ReviewStage.valueOf((String) execution.getVariable("stage")).label();
    events.publishEvent(new Notice(NoticeKind.REVIEW_STOPPED, Set.copyOf(draws.memberUserIds(draws.latest(drawId))),
        Set.of(), Set.of(), "申报 " + number + " 的" + stage + "已终止：该申报已被取消参评资格，"
            + "您在本评审组的待办任务已撤销，无需再办理", Notice.TASKLIST));
  }
}
