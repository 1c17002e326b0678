package org.qualityaward.application;

import static org.qualityaward.application.CaseVariables.applicationId;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of {@code award-application}, one delegate each, named as the model calls it:
 * each reads the ids the system set and the form's answers once and calls typed case code, so the
 * model holds no outcome names, reasons or variable assignments.
 */
@Configuration(proxyBeanMethods = false)
class CaseSteps {

  /** 核验申报条件 (Art 11-14): the model branches on {@code eligible}. */
  @Bean
  JavaDelegate checkEligibility(ApplicationCases cases) {
    return execution -> execution.setVariable("eligible",
        cases.checkEligibility(applicationId(execution), EligibilityCheckpoint.SUBMISSION));
  }

  /** 记录不符合条件: the failed rules are the reason. */
  @Bean
  JavaDelegate recordIneligible(ApplicationCases cases) {
    return execution -> cases.endIneligible(applicationId(execution));
  }

  /** 记录未获推荐 (Art 16). */
  @Bean
  JavaDelegate recordNotRecommended(ApplicationCases cases) {
    return execution -> cases.end(applicationId(execution), ApplicationOutcome.NOT_RECOMMENDED, comment(execution));
  }

  /** 发布推荐公示 (Art 16): the publicity model runs on {@code publicityId}. */
  @Bean
  JavaDelegate openRecommenderPublicity(CaseAdmission admission) {
    return execution -> execution.setVariable("publicityId", admission.openRecommenderPublicity(
        applicationId(execution), (String) execution.getVariable("recommenderGroup")));
  }

  /** 记录县级不同意 (Art 16): the county body's refusal ends the case as not recommended. */
  @Bean
  JavaDelegate recordCountyRefusal(ApplicationCases cases) {
    return execution -> cases.end(applicationId(execution), ApplicationOutcome.NOT_RECOMMENDED,
        "县级议事协调机构不同意：" + Objects.toString(comment(execution), ""));
  }

  /**
   * 复核申报条件 (Art 17): the office judges the re-run findings with the departments' opinions,
   * which its form reads as {@code qualificationSummary}.
   */
  @Bean
  JavaDelegate recheckEligibility(ApplicationCases cases, CaseAdmission admission) {
    return execution -> {
      Long applicationId = applicationId(execution);
      cases.checkEligibility(applicationId, EligibilityCheckpoint.QUALIFICATION_REVIEW);
      execution.setVariable("qualificationSummary", admission.qualificationSummary(applicationId));
    };
  }

  /** 记录不予受理 (Art 17). */
  @Bean
  JavaDelegate recordRejected(ApplicationCases cases) {
    return execution -> cases.end(applicationId(execution), ApplicationOutcome.REJECTED, comment(execution));
  }

  /** 列入受理名单 (Art 17). */
  @Bean
  JavaDelegate recordAccepted(ApplicationCases cases) {
    return execution -> cases.accept(applicationId(execution));
  }

  private static String comment(DelegateExecution execution) {
    return (String) execution.getVariable("comment");
  }
}
