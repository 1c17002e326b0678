package org.qualityaward.application;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.qualityaward.forms.FormFields;
import org.qualityaward.forms.ReadOnlyField;
import org.qualityaward.identity.TaskActor;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.platform.HistoryWithout;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of {@code award-application}, one delegate each, named as the model calls it:
 * each finds its case in our records (the application bound to this instance, never an id a variable
 * names), reads the form's answers once and calls typed case code, so the model holds no outcome
 * names, reasons or variable assignments.
 */
@Configuration(proxyBeanMethods = false)
class CaseSteps {

  /**
   * What is typed into the Tasklist start form passes through the engine as variables until
   * {@link RegisterApplicationDelegate}, in the same transaction, registers it in our tables and removes them
   * (all but the case's own {@link CaseVariables}): their history is never written. The ID number is dropped in
   * every process, as no other variable may ever carry one under that name.
   */
  @Bean
  HistoryWithout startFormOutOfHistory() {
    return HistoryWithout.variablesOf(ApplicationSubmissions.PROCESS_KEY, StartFormSubmission.fieldsToForget());
  }

  @Bean
  HistoryWithout idNumberOutOfHistory() {
    return HistoryWithout.variablesOfEveryProcess(Set.of(StartFormSubmission.ID_NUMBER));
  }

  /** 核验申报条件 (Art 11-14): the model branches on {@code eligible}. */
  @Bean
  JavaDelegate checkEligibility(ApplicationCases cases) {
    return onCase(cases, (execution, applicationId) -> execution.setVariable("eligible",
        cases.checkEligibility(applicationId, EligibilityCheckpoint.SUBMISSION)));
  }

  /** 记录不符合条件: the failed rules are the reason. */
  @Bean
  JavaDelegate recordIneligible(ApplicationCases cases) {
    return onCase(cases, (execution, applicationId) -> cases.endIneligible(applicationId));
  }

  /**
   * 推荐单位审核 and 资格审查 open with the case's declared conditions, one per slot of the form
   * ({@code conditionPoint1}…): the point, the materials it needs, the applicant's statement and, for the
   * office, the recommending unit's verdict.
   */
  @Bean
  TaskListener showRecommenderConditions(ApplicationCases cases, ConditionReview review) {
    return task -> task.setVariablesLocal(review.formTexts(cases.ofProcess(task.getProcessInstanceId()),
        ConditionReview.Step.RECOMMENDER));
  }

  @Bean
  TaskListener showOfficeConditions(ApplicationCases cases, ConditionReview review) {
    return task -> task.setVariablesLocal(review.formTexts(cases.ofProcess(task.getProcessInstanceId()),
        ConditionReview.Step.OFFICE));
  }

  /**
   * 推荐单位审核 (Art 16), by a member of the unit: every declared condition confirmed or refused; a refused one
   * leaves only refusal, and so does a failed rule of the case's latest check (a profile corrected during the
   * review, Art 11, 14): a unit does not publicly recommend a candidate the rules now refuse.
   */
  @Bean
  TaskListener checkRecommenderDecision(ApplicationCases cases, ConditionReview review, CaseAdmission admission) {
    return task -> {
      Long applicationId = cases.ofProcess(task.getProcessInstanceId());
      String actor = unitActor(task, cases, applicationId);
      boolean approved = decision(task, "同意推荐并进行公示");
      review.record(applicationId, ConditionReview.Step.RECOMMENDER, task::getVariable, approved, actor);
      String failed = approved ? cases.failedFindings(applicationId) : "";
      if (!failed.isEmpty()) {
        throw new InvalidInputException(List.of(new FieldProblem("approved",
            "申报条件核验未通过，只能不同意推荐（第十四、十六条）：" + failed)));
      }
      admission.recordUnitOpinion(applicationId, OpinionStep.RECOMMENDER_REVIEW, approved, comment(task), actor);
    };
  }

  /**
   * 签署推荐意见 (Art 16: 期满无异议后签署审核意见), by a member of the unit: the opinion signed is kept as the
   * unit's (the office reads it at qualification review).
   */
  @Bean
  TaskListener recordRecommenderSignOff(ApplicationCases cases, CaseAdmission admission) {
    return task -> {
      Long applicationId = cases.ofProcess(task.getProcessInstanceId());
      String actor = unitActor(task, cases, applicationId);
      // the form's rules have required both fields (the materials confirmed, the opinion at most 2000 characters)
      admission.recordUnitOpinion(applicationId, OpinionStep.RECOMMENDER_SIGN_OFF, true,
          (String) task.getVariable("signOffOpinion"), actor);
    };
  }

  /** 县级议事协调机构同意推荐 (Art 16), by a member of the county body: agreed or not (its reason is a required field). */
  @Bean
  TaskListener checkCountyConsent(ApplicationCases cases, CaseAdmission admission) {
    return task -> {
      Long applicationId = cases.ofProcess(task.getProcessInstanceId());
      String actor = unitActor(task, cases, applicationId);
      boolean approved = decision(task, "同意向市质强办推荐");
      admission.recordUnitOpinion(applicationId, OpinionStep.COUNTY_CONSENT, approved, comment(task), actor);
    };
  }

  /**
   * The user answering for the unit a case's step was offered to (its group), never the applicant itself: a unit
   * reviews the applications it recommends, not its own people's (Art 16).
   */
  private static String unitActor(DelegateTask task, ApplicationCases cases, Long applicationId) {
    String actor = TaskActor.memberOfCandidateGroup(task);
    if (actor != null && actor.equals(cases.get(applicationId).getSubmittedBy())) {
      throw new InvalidInputException(List.of(new FieldProblem("assignee",
          "「" + task.getName() + "」不能由提交该申报的用户本人办理（第十六条：推荐单位审核）")));
    }
    return actor;
  }

  /** 记录未获推荐 (Art 16): the refused conditions are the first reasons. */
  @Bean
  JavaDelegate recordNotRecommended(ApplicationCases cases, ConditionReview review) {
    return onCase(cases, (execution, applicationId) -> cases.end(applicationId, ApplicationOutcome.NOT_RECOMMENDED,
        reasons(review.refusals(applicationId, ConditionReview.Step.RECOMMENDER), comment(execution))));
  }

  /** 发布推荐公示 (Art 16): the publicity model runs on {@code publicityId}. */
  @Bean
  JavaDelegate openRecommenderPublicity(ApplicationCases cases, CaseAdmission admission) {
    return onCase(cases, (execution, applicationId) ->
        execution.setVariable("publicityId", admission.openRecommenderPublicity(applicationId)));
  }

  /** 记录逾期未推荐 (Art 15–17): the office closed the case past its unit step's deadline, with its reason. */
  @Bean
  JavaDelegate recordOverdueClosure(ApplicationCases cases) {
    return onCase(cases, (execution, applicationId) -> cases.endNotRecommendedByOthers(applicationId,
        (String) execution.getVariable(OverdueClosures.REASON_VARIABLE)));
  }

  /** 记录县级不同意 (Art 16): the county body's refusal ends the case as not recommended. */
  @Bean
  JavaDelegate recordCountyRefusal(ApplicationCases cases) {
    return onCase(cases, (execution, applicationId) -> cases.endNotRecommendedByOthers(applicationId,
        "县级议事协调机构不同意：" + Objects.toString(comment(execution), "")));
  }

  /**
   * 复核申报条件 (Art 17): the office judges the re-run findings with the departments' opinions,
   * which its form reads as {@code qualificationSummary}.
   */
  @Bean
  JavaDelegate recheckEligibility(ApplicationCases cases, CaseAdmission admission) {
    return onCase(cases, (execution, applicationId) -> {
      cases.checkEligibility(applicationId, EligibilityCheckpoint.QUALIFICATION_REVIEW);
      execution.setVariable("qualificationSummary", ReadOnlyField.fit(admission.qualificationSummary(applicationId),
          "案卷 /cases/" + cases.get(applicationId).getApplicationNumber()));
      // shows the form's confirmation; the listener asks our findings, not this variable
      execution.setVariable("registrationToConfirm", !cases.findingsToConfirm(applicationId).isEmpty());
    });
  }

  /**
   * 资格审查's decision binds to the declared conditions the office refuses and to the re-run rules (Art 13,
   * 14, 17, 32, 33): a case with either can only be rejected; the office's acceptance is refused with the findings. A finding passed on the
   * applicant's declaration against its credit code (需核实, Art 11(2)) is accepted only once the office
   * confirms the registration in Baoding ({@code registrationConfirmed}), which the case keeps with who did.
   */
  @Bean
  TaskListener checkQualificationDecision(ApplicationCases cases, ConditionReview review) {
    return task -> {
      Long applicationId = cases.ofProcess(task.getProcessInstanceId());
      boolean approved = decision(task, "予以受理");
      review.record(applicationId, ConditionReview.Step.OFFICE, task::getVariable, approved, TaskActor.of(task));
      if (!approved) {
        return;
      }
      String failed = cases.failedFindings(applicationId);
      if (!failed.isEmpty()) {
        throw new InvalidInputException(List.of(new FieldProblem("approved",
            "申报条件复核未通过，只能不予受理（第十七条）：" + failed)));
      }
      String toConfirm = cases.findingsToConfirm(applicationId);
      if (toConfirm.isEmpty()) {
        return;
      }
      if (!Boolean.TRUE.equals(task.getVariable("registrationConfirmed"))) {
        throw new InvalidInputException(List.of(new FieldProblem("registrationConfirmed",
            "注册地需核实：核实在保定市行政区域内依法注册登记（第十一条第（二）项）并勾选“已核实注册地”后方可予以受理："
                + toConfirm)));
      }
      cases.confirmRegistration(applicationId, TaskActor.of(task));
    };
  }

  /**
   * 记录不予受理 (Art 17): a failed rule of the re-check is the first reason the applicant reads, then the
   * conditions the office refused.
   */
  @Bean
  JavaDelegate recordRejected(ApplicationCases cases, ConditionReview review) {
    return onCase(cases, (execution, applicationId) -> {
      String failed = cases.failedFindings(applicationId);
      cases.end(applicationId, ApplicationOutcome.REJECTED, reasons(failed.isEmpty() ? "" : "申报条件复核未通过：" + failed,
          reasons(review.refusals(applicationId, ConditionReview.Step.OFFICE), comment(execution))));
    });
  }

  /** A reason before the reviewer's own words, when there is one. */
  private static String reasons(String first, String then) {
    return first.isEmpty() ? then : first + "。" + Objects.toString(then, "");
  }

  /** 列入受理名单 (Art 17). */
  @Bean
  JavaDelegate recordAccepted(ApplicationCases cases) {
    return onCase(cases, (execution, applicationId) -> cases.accept(applicationId));
  }

  /**
   * 征求市相关部门意见's answer (Art 17), by a member of the department asked: the department is the
   * multi-instance element the engine took from the server's list of consulted departments.
   */
  @Bean
  TaskListener recordDepartmentOpinion(ApplicationCases cases, CaseAdmission admission) {
    return task -> {
      String department = (String) task.getVariable("department");
      admission.recordOpinion(cases.ofProcess(task.getProcessInstanceId()), department,
          decision(task, "无异议"), comment(task),
          TaskActor.memberOfUnit(task, department));
    };
  }

  /** A step on the application this instance is bound to (RegisterApplicationDelegate binds them). */
  private static JavaDelegate onCase(ApplicationCases cases, BiConsumer<DelegateExecution, Long> step) {
    return execution -> step.accept(execution, cases.ofProcess(execution.getProcessInstanceId()));
  }

  /** The reviewer's reason, a field of the form just completed (recommender, county body or office). */
  private static String comment(DelegateExecution execution) {
    return (String) execution.getVariable("comment");
  }

  /** The form's own reason; blank is none. */
  private static String comment(DelegateTask task) {
    return task.getVariable("comment") instanceof String comment && !comment.isBlank() ? comment : null;
  }

  /**
   * The form's {@code approved} checkbox, which the model makes task-local and empty at creation, so a
   * completion that leaves it out is refused here rather than reading an earlier step's decision.
   */
  private static boolean decision(DelegateTask task, String label) {
    FormFields form = new FormFields(task::getVariable);
    Boolean approved = form.bool("approved", label);
    form.throwIfAny();
    return approved;
  }
}
