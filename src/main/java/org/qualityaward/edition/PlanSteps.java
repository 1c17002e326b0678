package org.qualityaward.edition;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.qualityaward.forms.FormFields;
import org.qualityaward.forms.MarkdownText;
import org.qualityaward.identity.TaskActor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The plan's two tasks in {@code award-edition} (Art 8(1), 15): 拟定评选方案 opens with the plan as
 * it stands and the leading group's reason if it was returned, and submits the office's figures;
 * 领导小组审定评选方案 shows the plan read-only and records the decision. Each finds its edition in
 * our records, never by a variable.
 */
@Configuration(proxyBeanMethods = false)
class PlanSteps {

  static final String RETURN_REASON = "planReturnReason";
  static final String SUMMARY = "planSummary";
  static final String CEILINGS = "planCeilings";
  static final String APPROVED = "planApproved";
  static final String COMMENT = "planComment";

  /** 拟定评选方案, on create: the plan's figures pre-filled, the reason of a return shown. */
  @Bean
  TaskListener preparePlanDraft(EditionService editions, EditionPlans plans) {
    return task -> {
      Long editionId = editions.ofProcess(task.getProcessInstanceId());
      PlanFigures plan = plans.figures(editionId);
      // the form's fields are the instance's, as a submitted form's are: the office changes what differs
      VariableScope fields = task.getExecution();
      fields.setVariable("applicationDeadline", plan.applicationDeadline().toString());
      fields.setVariable("organizationAwards", plan.organizationAwards());
      fields.setVariable("individualAwards", plan.individualAwards());
      fields.setVariable("nominations", plan.nominations());
      fields.setVariable("awardMinimum", number(plan.awardMinimum()));
      fields.setVariable("nominationMinimum", number(plan.nominationMinimum()));
      fields.setVariable("panelSize", plan.panelSize());
      fields.setVariable("documentWeight", number(plan.documentWeight()));
      fields.setVariable("onsiteWeight", number(plan.onsiteWeight()));
      fields.setVariable("organizationSheetVersion", plan.organizationSheetVersion());
      fields.setVariable("individualSheetVersion", plan.individualSheetVersion());
      task.setVariableLocal(CEILINGS, plans.ceilings());
      String reason = plans.returnReason(editionId);
      // shown in the form's text view, which renders Markdown: the leading group's words as plain text
      task.setVariableLocal(RETURN_REASON, reason == null ? "（首次拟定）" : MarkdownText.of(reason));
    };
  }

  /** 拟定评选方案, on complete: the office's figures, checked against Art 6, 10, 15 and 20. */
  @Bean
  TaskListener submitPlan(EditionService editions, EditionPlans plans) {
    return task -> plans.submit(editions.ofProcess(task.getProcessInstanceId()), figures(task));
  }

  /** 领导小组审定评选方案, on create: the plan the office submitted, read-only. */
  @Bean
  TaskListener preparePlanDecision(EditionService editions, EditionPlans plans) {
    return task -> task.setVariableLocal(SUMMARY,
        PlanText.of(plans.figures(editions.ofProcess(task.getProcessInstanceId()))));
  }

  /** 领导小组审定评选方案, on complete: approved, or returned with its reason (Art 8(1)). */
  @Bean
  TaskListener decidePlan(EditionService editions, EditionPlans plans) {
    return task -> {
      FormFields form = new FormFields(task::getVariable);
      Boolean approved = form.bool(APPROVED, "审定通过");
      String comment = form.optionalText(COMMENT, "审定意见", 2000);
      form.throwIfAny();
      plans.decide(editions.ofProcess(task.getProcessInstanceId()), approved, comment, TaskActor.of(task));
    };
  }

  private static PlanFigures figures(DelegateTask task) {
    FormFields form = new FormFields(task::getVariable);
    PlanFigures figures = new PlanFigures(
        form.date("applicationDeadline", "申报截止日期"),
        form.optionalInteger("organizationAwards", "获奖组织名额"),
        form.optionalInteger("individualAwards", "获奖个人名额"),
        form.optionalInteger("nominations", "提名奖名额"),
        form.optionalDecimal("awardMinimum", "授奖最低累计得分"),
        form.optionalDecimal("nominationMinimum", "提名奖最低累计得分"),
        form.optionalInteger("panelSize", "评审组人数"),
        form.optionalDecimal("documentWeight", "资料评审得分权重"),
        form.optionalDecimal("onsiteWeight", "现场评审得分权重"),
        form.optionalInteger("organizationSheetVersion", "组织评分表版本"),
        form.optionalInteger("individualSheetVersion", "个人评分表版本"));
    form.throwIfAny();
    return figures;
  }

  /** Form fields take plain numbers; a decimal kept as a Java object would not show. */
  private static Double number(BigDecimal value) {
    return value == null ? null : value.doubleValue();
  }
}
