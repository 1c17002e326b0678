package org.qualityaward.evaluation;

import java.util.function.BiConsumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.qualityaward.application.ApplicationCases;
import org.qualityaward.application.CaseAdmission;
import org.qualityaward.edition.EditionService;
import org.qualityaward.forms.ReadOnlyField;
import org.qualityaward.review.Rankings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of {@code award-edition}, one delegate each, named as the model calls it: each
 * finds its edition in our records (the one this instance was registered for, never an id a variable
 * names), reads the office's answers once and calls typed code, so the model neither sets variables
 * nor builds text.
 */
@Configuration(proxyBeanMethods = false)
class EditionSteps {

  /** 形成受理名单 (Art 17): no publicity ({@code publicityId} null) when no case was accepted. */
  @Bean
  JavaDelegate openAcceptedListPublicity(EditionService editions, CaseAdmission admission) {
    return onEdition(editions, (execution, editionId) ->
        execution.setVariable("publicityId", admission.openAcceptedListPublicity(editionId)));
  }

  /** 启动资料评审 (Art 18). */
  @Bean
  JavaDelegate startDocumentReview(EditionService editions, EvaluationStages stages) {
    return onEdition(editions, (execution, editionId) -> stages.startDocumentReview(editionId));
  }

  /** 提出现场评审建议名单 (Art 18): the office's changes (its form fields) must name this edition's cases. */
  @Bean
  TaskListener checkOnsiteList(EditionService editions, EvaluationStages stages) {
    return task -> stages.checkOnsiteList(editions.ofProcess(task.getProcessInstanceId()),
        (String) task.getVariable("onsiteExcluded"), (String) task.getVariable("onsiteAdded"));
  }

  /** 公示现场评审名单及主要业绩 (Art 18): the proposal with the office's changes goes to publicity. */
  @Bean
  JavaDelegate openOnsiteListPublicity(EditionService editions, EvaluationStages stages) {
    return onEdition(editions, (execution, editionId) -> execution.setVariable("publicityId",
        stages.openOnsiteListPublicity(editionId, (String) execution.getVariable("onsiteExcluded"),
            (String) execution.getVariable("onsiteAdded"))));
  }

  /** 启动现场评审 (Art 19): the cases of the edition's on-site list publicity. */
  @Bean
  JavaDelegate startOnsiteReview(EditionService editions, EvaluationStages stages) {
    return onEdition(editions, (execution, editionId) -> stages.startOnsiteReview(editionId,
        (String) execution.getVariable("onsiteExcluded")));
  }

  /**
   * 按累计得分排序并适用名额 (Art 20, 6): whether a tie across a quota boundary waits for the leading
   * group's decision ({@code tiesPending}).
   */
  @Bean
  JavaDelegate rankCandidates(EditionService editions, Rankings rankings) {
    return onEdition(editions, (execution, editionId) -> execution.setVariable("tiesPending",
        rankings.ranking(editionId).ties().stream().anyMatch(tie -> !tie.decided())));
  }

  /** 领导小组决定并列名次: the ranking and its ties as they stand when the task opens. */
  @Bean
  TaskListener showRanking(EditionService editions, Rankings rankings) {
    return task -> {
      Long editionId = editions.ofProcess(task.getProcessInstanceId());
      task.setVariableLocal("rankingSummary", ReadOnlyField.fit(RankingText.of(rankings.ranking(editionId)),
          "综合评价排序表 /api/editions/" + editionId + "/ranking.xlsx"));
    };
  }

  /** 领导小组决定并列名次 (Art 6, 20): the leading group's decisions, one line per tied case (its form field). */
  @Bean
  TaskListener decideTies(EditionService editions, EvaluationStages stages) {
    return task -> stages.decideTies(editions.ofProcess(task.getProcessInstanceId()),
        (String) task.getVariable("tieDecisions"));
  }

  /** 公示授奖建议名单 (Art 21). */
  @Bean
  JavaDelegate openProposedListPublicity(EditionService editions, EvaluationStages stages) {
    return onEdition(editions, (execution, editionId) ->
        execution.setVariable("publicityId", stages.openProposedListPublicity(editionId)));
  }

  /** 表彰奖励 (Art 22-24). */
  @Bean
  JavaDelegate commend(EditionService editions, EvaluationStages stages) {
    return onEdition(editions, (execution, editionId) -> stages.commend(editionId));
  }

  /**
   * As each case's panel review ends, its report of that stage is accepted (Art 18, 19). The case is
   * the multi-instance element the engine took from the edition's own list of cases.
   */
  @Bean
  ExecutionListener recordReviewed(ApplicationCases cases) {
    return execution -> cases.reviewed((Long) execution.getVariable("applicationId"));
  }

  /** A step on the edition this instance was registered for (EditionService and RegisterEditionDelegate bind them). */
  private static JavaDelegate onEdition(EditionService editions, BiConsumer<DelegateExecution, Long> step) {
    return execution -> step.accept(execution, editions.ofProcess(execution.getProcessInstanceId()));
  }
}
