package org.qualityaward.renewal;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The renewal's service tasks and decisions in the {@code honour} model (Art 33), one delegate
 * each, named as the model calls it: each reads the ids the system set once and calls typed code.
 */
@Configuration(proxyBeanMethods = false)
class RenewalSteps {

  /** 记录未申请复评: the invitation stayed unanswered until the validity ended. */
  @Bean
  JavaDelegate recordNoRenewalRequest(Renewals renewals) {
    return execution -> renewals.recordNoRequest((Long) execution.getVariable("honourId"));
  }

  /** 建立复评案件: the renewal's case, reviewed like an edition's through {@code panel-review}. */
  @Bean
  JavaDelegate openRenewal(Renewals renewals) {
    return execution -> {
      Renewal renewal = renewals.open((Long) execution.getVariable("honourId"));
      execution.setVariable("renewalId", renewal.getId());
      execution.setVariable("applicationId", renewal.getApplicationId());
    };
  }

  /** 核对复评得分: the model branches on {@code scoreSufficient}. */
  @Bean
  JavaDelegate checkRenewalScore(Renewals renewals) {
    return execution -> execution.setVariable("scoreSufficient",
        renewals.checkScore((Long) execution.getVariable("renewalId")));
  }

  /** 领导小组审议's answer. */
  @Bean
  TaskListener recordLeadingGroupDecision(Renewals renewals) {
    return task -> renewals.decide(task, (Long) task.getVariable("renewalId"), RenewalDecision.Step.LEADING_GROUP);
  }

  /** 发布复评结果公示: the publicity model runs on {@code publicityId}. */
  @Bean
  JavaDelegate openRenewalPublicity(Renewals renewals) {
    return execution -> execution.setVariable("publicityId",
        renewals.openPublicity((Long) execution.getVariable("renewalId")));
  }

  /** 市政府批准's answer. */
  @Bean
  TaskListener recordCityDecision(Renewals renewals) {
    return task -> renewals.decide(task, (Long) task.getVariable("renewalId"), RenewalDecision.Step.CITY_GOVERNMENT);
  }

  /** 重新颁发荣誉. */
  @Bean
  JavaDelegate reissueHonour(Renewals renewals) {
    return execution -> renewals.reissue((Long) execution.getVariable("renewalId"));
  }

  /** 记录复评未通过. */
  @Bean
  JavaDelegate recordNotRenewed(Renewals renewals) {
    return execution -> renewals.notRenewed((Long) execution.getVariable("renewalId"));
  }

  /** 终止进行中的复评 (Art 30). */
  @Bean
  JavaDelegate endRenewalOnRevocation(Renewals renewals) {
    return execution -> renewals.endOnRevocation((Long) execution.getVariable("honourId"));
  }
}
