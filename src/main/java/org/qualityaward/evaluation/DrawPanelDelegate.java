package org.qualityaward.evaluation;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.qualityaward.application.Application;
import org.qualityaward.application.ApplicationCases;
import org.qualityaward.edition.EditionPlans;
import org.qualityaward.expert.DrawRequest;
import org.qualityaward.expert.PanelDraw;
import org.qualityaward.expert.PanelDraws;
import org.qualityaward.notification.Notice;
import org.qualityaward.notification.NoticeKind;
import org.qualityaward.review.ReviewStage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * 抽取专家组成评审组 (Art 18, 19), of the size the edition's plan set (Art 10). Runs as an asynchronous job: a pool that cannot form a valid
 * panel fails it, and after its retries it stands in Cockpit as an incident saying what is missing.
 */
@Component("drawPanel")
class DrawPanelDelegate implements JavaDelegate {

  private final PanelDraws draws;
  private final ApplicationCases cases;
  private final EditionPlans plans;
  private final ApplicationEventPublisher events;

  DrawPanelDelegate(PanelDraws draws, ApplicationCases cases, EditionPlans plans, ApplicationEventPublisher events) {
    this.draws = draws;
    this.cases = cases;
    this.plans = plans;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Application application = cases.get((Long) execution.getVariable("applicationId"));
    ReviewStage stage = ReviewStage.valueOf((String) execution.getVariable("stage"));
    PanelDraw draw = draws.draw(new DrawRequest(application.getId(), stage, application.getIndustry(),
        application.organizationCreditCode(), application.getGroupCreditCode(), application.getRecommenderCode(),
        null), plans.inForce(application.getEditionId()).panelSize());
    execution.setVariable("drawId", draw.getId());
    // the case number and the date only: who applied is for the expert's task, after the undertaking
    events.publishEvent(new Notice(NoticeKind.EXPERT_DRAWN, Set.copyOf(draws.memberUserIds(draw)), Set.of(), Set.of(),
        "您已被抽取为申报 " + application.getApplicationNumber() + " 的" + stage.label() + "评审专家（"
            + draw.getDrawnAt().toLocalDate() + " 抽取），请在待办任务中办理", Notice.TASKLIST));
  }
}
