package org.qualityaward.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.qualityaward.application.ApplicationCases;
import org.qualityaward.application.CaseAdmission;
import org.qualityaward.review.Rankings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of {@code award-edition}, one delegate each, named as the model calls it: each
 * reads the ids the system set and the office's answers once and calls typed code, so the model
 * neither sets variables nor builds text.
 */
@Configuration(proxyBeanMethods = false)
class EditionSteps {

  /** 形成受理名单 (Art 17): no publicity ({@code publicityId} null) when no case was accepted. */
  @Bean
  JavaDelegate openAcceptedListPublicity(CaseAdmission admission) {
    return execution -> execution.setVariable("publicityId",
        admission.openAcceptedListPublicity((Long) execution.getVariable("editionId")));
  }

  /** 启动资料评审 (Art 18). */
  @Bean
  JavaDelegate startDocumentReview(EvaluationStages stages) {
    return execution -> stages.startDocumentReview((Long) execution.getVariable("editionId"));
  }

  /** 公示现场评审名单及主要业绩 (Art 18): the office's list goes to publicity. */
  @Bean
  JavaDelegate openOnsiteListPublicity(EvaluationStages stages) {
    return execution -> execution.setVariable("publicityId", stages.openOnsiteListPublicity(
        (Long) execution.getVariable("editionId"), (String) execution.getVariable("onsiteApplicationNumbers")));
  }

  /** 启动现场评审 (Art 19): the cases of the on-site list's publicity. */
  @Bean
  JavaDelegate startOnsiteReview(EvaluationStages stages) {
    return execution -> stages.startOnsiteReview((Long) execution.getVariable("editionId"),
        (Long) execution.getVariable("publicityId"));
  }

  /**
   * 按累计得分排序并适用名额 (Art 20, 6): {@code rankingSummary} for the leading group, and whether a
   * tie across a quota boundary waits for its decision ({@code tiesPending}).
   */
  @Bean
  JavaDelegate rankCandidates(Rankings rankings) {
    return execution -> {
      Rankings.View view = rankings.ranking((Long) execution.getVariable("editionId"));
      execution.setVariable("rankingSummary", RankingText.of(view));
      execution.setVariable("tiesPending", view.ties().stream().anyMatch(tie -> !tie.decided()));
    };
  }

  /** 公示授奖建议名单 (Art 21). */
  @Bean
  JavaDelegate openProposedListPublicity(EvaluationStages stages) {
    return execution -> execution.setVariable("publicityId",
        stages.openProposedListPublicity((Long) execution.getVariable("editionId")));
  }

  /** 表彰奖励 (Art 22-24). */
  @Bean
  JavaDelegate commend(EvaluationStages stages) {
    return execution -> stages.commend((Long) execution.getVariable("editionId"));
  }

  /** As each case's panel review ends, its report of that stage is accepted (Art 18, 19). */
  @Bean
  ExecutionListener recordReviewed(ApplicationCases cases) {
    return execution -> cases.reviewed((Long) execution.getVariable("applicationId"));
  }
}
