package org.qualityaward.application;

import static org.qualityaward.application.AwardApplicationModel.COUNTY_CONSENT;
import static org.qualityaward.application.AwardApplicationModel.RECOMMENDER_REVIEW;
import static org.qualityaward.application.AwardApplicationModel.RECOMMENDER_SIGN_OFF;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.task.Task;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.identity.AsSystem;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.platform.HistoryWithout;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A recommending unit or county body that lets its step's deadline pass would hold the whole edition: the
 * accepted list waits for every case to be accepted or refused (Art 15–17). Past the deadline the office may close
 * the case as not recommended, saying why; the unit's open step ends with it, and the applicant is told.
 */
@Service
class OverdueClosures {

  /** The message of the three unit steps' boundary events (逾期…，市质强办办结), sent to the open step's own. */
  static final String CLOSED_MESSAGE = "RecommendationOverdueClosed";
  /** Set with the message, read by 记录逾期未推荐: the reason as the case keeps it. */
  static final String REASON_VARIABLE = "overdueClosure";
  static final int MAX_REASON = 500;
  private static final List<String> UNIT_STEPS = List.of(RECOMMENDER_REVIEW, RECOMMENDER_SIGN_OFF, COUNTY_CONSENT);

  /** The unit's open step of a case, its last day and whether that day is over. */
  record UnitStep(String name, LocalDateTime due, boolean overdue) {}

  private final ApplicationCases cases;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final WorkingDayCalendar calendar;
  private final IdentityService identityService;

  OverdueClosures(ApplicationCases cases, TaskService taskService, RuntimeService runtimeService,
      WorkingDayCalendar calendar, IdentityService identityService) {
    this.cases = cases;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.calendar = calendar;
    this.identityService = identityService;
  }

  /**
   * The office's reason is the case's outcome reason (记录逾期未推荐 copies it there); the engine's history keeps no
   * copy of it, which it would keep for 30 years beside the case (the variable ends with the instance at once).
   */
  @Bean
  static HistoryWithout closureReasonOutOfHistory() {
    return HistoryWithout.variablesOf(ApplicationSubmissions.PROCESS_KEY, Set.of(REASON_VARIABLE));
  }

  /** The case's step now with its recommending unit or county body, if it is at one. */
  @Transactional(readOnly = true)
  Optional<UnitStep> unitStep(Application application) {
    return openTask(application).map(this::stepOf);
  }

  private UnitStep stepOf(Task task) {
    LocalDateTime due = task.getDueDate() == null ? null : calendar.timeOf(task.getDueDate());
    return new UnitStep(task.getName(), due, due != null && calendar.now().isAfter(due));
  }

  /** Closes the case as not recommended: only past its unit step's deadline, with the office's reason. */
  @Transactional
  void close(Long applicationId, String reason, String officeUser) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > MAX_REASON) {
      throw new InvalidInputException(List.of(new FieldProblem("reason", why.isEmpty()
          ? "请说明逾期办结的理由（如已督办的情况）"
          : "理由不能超过 " + MAX_REASON + " 字（现有 " + why.length() + " 字）")));
    }
    Application application = cases.get(applicationId);
    Task task = openTask(application).orElseThrow(() -> new ConflictException("申报 " + application.getApplicationNumber()
        + " 当前不在推荐单位或县级议事协调机构的办理环节（" + application.getStage().label() + "），无需逾期办结"));
    UnitStep step = stepOf(task);
    if (!step.overdue()) {
      throw new ConflictException("「" + step.name() + "」的办理期限" + (step.due() == null ? "未设定"
          : "至 " + step.due().toLocalDate() + " 尚未届满") + "，届满后方可逾期办结（第十五至十七条）");
    }
    // the unit's task is not the office's to see or move: the closure is ours, checked above. The message goes to
    // this task's boundary event, not to whatever step the case may have reached meanwhile
    EventSubscription closure = AsSystem.call(identityService, () -> runtimeService.createEventSubscriptionQuery()
        .processInstanceId(task.getProcessInstanceId()).eventName(CLOSED_MESSAGE).list().stream()
        .filter(e -> e.getExecutionId().equals(task.getExecutionId())).findFirst())
        .orElseThrow(() -> new ConflictException("申报 " + application.getApplicationNumber()
            + " 仍在旧版流程上，没有逾期办结环节：请系统管理员先将其迁移到最新版本"
            + "（POST /api/admin/models/" + AwardApplicationModel.PROCESS_KEY + "/migrate-to-latest）"));
    try {
      AsSystem.call(identityService, () -> {
        runtimeService.messageEventReceived(CLOSED_MESSAGE, closure.getExecutionId(), Map.of(REASON_VARIABLE,
            "「" + step.name() + "」超过办理期限（" + step.due().toLocalDate() + "）未办理，市质强办（" + officeUser + "）办结："
                + why));
        return null;
      });
    } catch (ProcessEngineException e) {
      if (openTask(application).map(Task::getId).filter(task.getId()::equals).isPresent()) {
        throw e;
      }
      throw new ConflictException("「" + step.name() + "」刚刚已办理，案件未按逾期办结；请刷新后查看");
    }
  }

  private Optional<Task> openTask(Application application) {
    if (application.getProcessInstanceId() == null) {
      return Optional.empty();
    }
    return AsSystem.call(identityService, () -> taskService.createTaskQuery()
        .processInstanceId(application.getProcessInstanceId()).taskDefinitionKeyIn(UNIT_STEPS.toArray(String[]::new))
        .list().stream().findFirst());
  }
}
