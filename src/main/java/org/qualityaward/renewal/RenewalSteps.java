package org.qualityaward.renewal;

import java.util.function.BiConsumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.qualityaward.honour.HonourModel;
import org.qualityaward.honour.Honours;
import org.qualityaward.identity.TaskActor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The renewal's service tasks and decisions in the {@code honour} model (Art 33), one bean each,
 * named as the model calls it: each finds the honour this instance was started for in our records,
 * and the renewal as that honour's renewal under review (the renewal runs inside the honour's own
 * process), never from an id a variable names; it reads the form's answers once and calls typed code.
 */
@Configuration(proxyBeanMethods = false)
class RenewalSteps {

  /** 复评申请's answer: the holder applies or declines. */
  @Bean
  TaskListener recordRenewalRequest(Honours honours, Renewals renewals) {
    return task -> renewals.recordRequest(honours.ofProcess(task.getProcessInstanceId()), task::getVariable,
        TaskActor.of(task));
  }

  /** 记录未申请复评: the invitation stayed unanswered until the validity ended. */
  @Bean
  JavaDelegate recordNoRenewalRequest(Honours honours, Renewals renewals) {
    return onHonour(honours, (execution, honourId) -> renewals.recordNoRequest(honourId));
  }

  /**
   * 建立复评案件: the renewal's case, reviewed like an edition's through {@code panel-review}, which
   * takes it as {@code applicationId}.
   */
  @Bean
  JavaDelegate openRenewal(Honours honours, Renewals renewals) {
    return onHonour(honours, (execution, honourId) -> execution.setVariable("applicationId", renewals.open(honourId,
        execution.getBpmnModelInstance().getModelElementById(HonourModel.SUBMIT_RENEWAL_MATERIAL) != null)
        .getApplicationId()));
  }

  /** 提交复评材料: who submitted it; refused while the renewal case has no file uploaded. */
  @Bean
  TaskListener recordRenewalMaterial(Renewals renewals) {
    return task -> renewals.submitMaterial(renewals.ofProcess(task.getProcessInstanceId()), TaskActor.of(task));
  }

  /** 受理复评案件: the material closes, submitted or not. */
  @Bean
  JavaDelegate acceptRenewal(Renewals renewals) {
    return onRenewal(renewals, (execution, renewalId) -> renewals.accept(renewalId));
  }

  /** 复核申报条件: the model branches on {@code conditionsMet}. */
  @Bean
  JavaDelegate checkRenewalConditions(Renewals renewals) {
    return onRenewal(renewals, (execution, renewalId) ->
        execution.setVariable("conditionsMet", renewals.checkConditions(renewalId)));
  }

  /** 核对复评得分: the model branches on {@code scoreSufficient}. */
  @Bean
  JavaDelegate checkRenewalScore(Renewals renewals) {
    return onRenewal(renewals, (execution, renewalId) ->
        execution.setVariable("scoreSufficient", renewals.checkScore(renewalId)));
  }

  /** 领导小组审议's answer. */
  @Bean
  TaskListener recordLeadingGroupDecision(Renewals renewals) {
    return decision(renewals, RenewalDecision.Step.LEADING_GROUP);
  }

  /** 发布复评结果公示: the publicity model runs on {@code publicityId}. */
  @Bean
  JavaDelegate openRenewalPublicity(Renewals renewals) {
    return onRenewal(renewals, (execution, renewalId) ->
        execution.setVariable("publicityId", renewals.openPublicity(renewalId)));
  }

  /** 市政府批准's answer. */
  @Bean
  TaskListener recordCityDecision(Renewals renewals) {
    return task -> renewals.decideAsCity(renewals.ofProcess(task.getProcessInstanceId()), task::getVariable,
        task.getCreateTime(), TaskActor.of(task));
  }

  /** 重新颁发荣誉. */
  @Bean
  JavaDelegate reissueHonour(Renewals renewals) {
    return onRenewal(renewals, (execution, renewalId) -> renewals.reissue(renewalId));
  }

  /** 记录复评未通过. */
  @Bean
  JavaDelegate recordNotRenewed(Renewals renewals) {
    return onRenewal(renewals, (execution, renewalId) -> renewals.notRenewed(renewalId));
  }

  /** 终止进行中的复评 (Art 30). */
  @Bean
  JavaDelegate endRenewalOnRevocation(Honours honours, Renewals renewals) {
    return onHonour(honours, (execution, honourId) -> renewals.endOnRevocation(honourId));
  }

  /** A step on the honour this instance was started for (Honours binds them). */
  private static JavaDelegate onHonour(Honours honours, BiConsumer<DelegateExecution, Long> step) {
    return execution -> step.accept(execution, honours.ofProcess(execution.getProcessInstanceId()));
  }

  /** A step on the renewal under review of that honour. */
  private static JavaDelegate onRenewal(Renewals renewals, BiConsumer<DelegateExecution, Long> step) {
    return execution -> step.accept(execution, renewals.ofProcess(execution.getProcessInstanceId()));
  }

  /** A decision on the renewal under review: the form's {@code approved} and {@code comment}. */
  private static TaskListener decision(Renewals renewals, RenewalDecision.Step step) {
    return task -> renewals.decide(renewals.ofProcess(task.getProcessInstanceId()), step,
        task.getVariable("approved"), task.getVariable("comment"), TaskActor.of(task));
  }
}
