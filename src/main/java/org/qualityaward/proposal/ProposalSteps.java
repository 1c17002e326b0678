package org.qualityaward.proposal;

import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.qualityaward.edition.EditionService;
import org.qualityaward.forms.ReadOnlyField;
import org.qualityaward.identity.TaskActor;
import org.qualityaward.proposal.ProposalDecision.Body;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The proposal's task listeners in {@code award-edition}: each list a form shows is built from the records
 * when the task opens, so it is the proposal as it stands then (a case disqualified during the publicity
 * shows as such); each decision and revision is recorded as its author's, from the form's own fields.
 */
@Configuration(proxyBeanMethods = false)
class ProposalSteps {

  /** 领导小组审定授奖建议名单 and the office's proposal: the proposal against the ranking, with the rounds so far. */
  @Bean
  TaskListener showProposal(EditionService editions, Proposals proposals) {
    return show(editions, "proposalList", proposals::reviewText);
  }

  /** 市政府批准 (Art 22): the list that survived the publicity. */
  @Bean
  TaskListener showApprovalList(EditionService editions, Proposals proposals) {
    return show(editions, "approvalList", proposals::approvalText);
  }

  @Bean
  TaskListener recordProposalReview(EditionService editions, Proposals proposals) {
    return decision(editions, proposals, Body.LEADING_GROUP);
  }

  @Bean
  TaskListener recordCityApproval(EditionService editions, Proposals proposals) {
    return task -> proposals.decideAsCity(editions.ofProcess(task.getProcessInstanceId()),
        (Boolean) task.getVariable("approved"), (String) task.getVariable("comment"), task::getVariable,
        task.getCreateTime(), actor(task, Body.CITY_GOVERNMENT));
  }

  /** 审核评审结果并提出授奖建议名单 (Art 9(5), 20): the office's moves and note (its form fields). */
  @Bean
  TaskListener reviseProposal(EditionService editions, Proposals proposals) {
    return task -> proposals.revise(editions.ofProcess(task.getProcessInstanceId()),
        (String) task.getVariable(Proposal.CHANGES_FIELD), (String) task.getVariable("revisionNote"),
        actor(task, Body.QUALITY_OFFICE));
  }

  private static TaskListener show(EditionService editions, String variable, Function<Long, String> text) {
    return task -> {
      Long editionId = editions.ofProcess(task.getProcessInstanceId());
      task.setVariableLocal(variable, ReadOnlyField.fit(text.apply(editionId),
          "综合评价排序表 /api/editions/" + editionId + "/ranking.xlsx"));
    };
  }

  private static TaskListener decision(EditionService editions, Proposals proposals, Body body) {
    return task -> proposals.decide(editions.ofProcess(task.getProcessInstanceId()), body,
        (Boolean) task.getVariable("approved"), (String) task.getVariable("comment"), actor(task, body));
  }

  /** The user completing the task; the body's name when the engine completes it without one (tests, scripts). */
  private static String actor(DelegateTask task, Body body) {
    String user = TaskActor.of(task);
    return user != null ? user : body.label();
  }
}
