package org.qualityaward.application;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.identity.AsSystem;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.kernel.NotAllowedException;
import org.qualityaward.notification.Notice;
import org.qualityaward.notification.NoticeKind;
import org.qualityaward.recommender.Recommender;
import org.qualityaward.recommender.Recommenders;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 自愿申报 (Art 4(1)): an applicant may withdraw its application until the office accepts it (Art 17). The case ends
 * as withdrawn with the applicant's words, its recommending unit is told, and the step open on it ends (the unit's
 * review or sign-off, its publicity, which is then withdrawn from the board, the county's consent, the departments'
 * opinions, the qualification review). After acceptance the case is the edition's: withdrawing is refused.
 */
@Service
public class ApplicationWithdrawals {

  /** The message of award-application's event sub-process 申报人撤回申报. */
  static final String WITHDRAWN_MESSAGE = "ApplicationWithdrawn";
  static final int MAX_REASON = 500;

  private final ApplicantCases applicantCases;
  private final ApplicationCases cases;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final WorkingDayCalendar calendar;
  private final TaskService taskService;
  private final Recommenders recommenders;
  private final ApplicationEventPublisher events;
  private final RepositoryService repositoryService;

  ApplicationWithdrawals(ApplicantCases applicantCases, ApplicationCases cases, RuntimeService runtimeService,
      IdentityService identityService, WorkingDayCalendar calendar, TaskService taskService, Recommenders recommenders,
      ApplicationEventPublisher events, RepositoryService repositoryService) {
    this.applicantCases = applicantCases;
    this.cases = cases;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.calendar = calendar;
    this.taskService = taskService;
    this.recommenders = recommenders;
    this.events = events;
    this.repositoryService = repositoryService;
  }

  /**
   * The applicant's page offers withdrawing: an edition's case not yet accepted, whose process can take it (not on a
   * model version older than 申报人撤回申报, not suspended).
   */
  public boolean withdrawable(Application application) {
    return application.getRenewalOfHonourId() == null && ApplicationCases.beforeAcceptance(application)
        && application.getProcessInstanceId() != null && AsSystem.call(identityService, () -> runtimeService
            .createExecutionQuery().processInstanceId(application.getProcessInstanceId()).active()
            .messageEventSubscriptionName(WITHDRAWN_MESSAGE).count() > 0);
  }

  /** {@code userId}'s application {@code applicationNumber} withdrawn (the applicant pages: another's is not found). */
  @Transactional
  public void withdraw(String userId, String applicationNumber, String reason) {
    withdraw(applicantCases.own(userId, applicationNumber), reason);
  }

  /** The application {@code applicationId} withdrawn by {@code userId} (the API: only by the applicant who submitted it). */
  @Transactional
  public void withdraw(String userId, Long applicationId, String reason) {
    Application application = cases.get(applicationId);
    if (userId == null || !userId.equals(application.getSubmittedBy())) {
      throw new NotAllowedException("只有提交该申报的申报人可以撤回申报");
    }
    withdraw(application, reason);
  }

  /**
   * Those who hold a step of the case — the county body, the departments, the office, also on an objection to the
   * unit's publicity — learn that it ended and why, rather than seeing it vanish from their list; the unit's people
   * are told once, by the case's end. Steps by the model's name, as a new task's notice: the task's own name carries
   * the applicant's. The link is their task list: a department no longer reads the case's file once its step is gone.
   */
  private void tellWhoseStepEnds(Application application) {
    String unit = application.getRecommenderCode() == null ? null
        : recommenders.find(application.getRecommenderCode()).map(Recommender::groupId).orElse(null);
    Set<String> users = new HashSet<>();
    Set<String> groups = new HashSet<>();
    Set<String> steps = new LinkedHashSet<>();
    AsSystem.call(identityService, () -> {
      String[] caseTree = runtimeService.createProcessInstanceQuery()
          .rootProcessInstanceId(application.getProcessInstanceId()).list().stream()
          .map(ProcessInstance::getId).toArray(String[]::new);
      for (Task step : taskService.createTaskQuery().processInstanceIdIn(caseTree).list()) {
        Set<String> stepUsers = new HashSet<>();
        Set<String> stepGroups = new HashSet<>();
        if (step.getAssignee() != null) {
          stepUsers.add(step.getAssignee());
        }
        for (IdentityLink link : taskService.getIdentityLinksForTask(step.getId())) {
          if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
            stepGroups.add(link.getGroupId());
          } else if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
            stepUsers.add(link.getUserId());
          }
        }
        stepGroups.remove(unit);
        stepUsers.removeIf(user -> unit != null
            && identityService.createUserQuery().userId(user).memberOfGroup(unit).count() > 0);
        if (!stepUsers.isEmpty() || !stepGroups.isEmpty()) {
          users.addAll(stepUsers);
          groups.addAll(stepGroups);
          steps.add(modelName(step));
        }
      }
      return null;
    });
    if (!steps.isEmpty()) {
      events.publishEvent(new Notice(NoticeKind.STEP_WITHDRAWN, users, groups, Set.of(), "申报 "
          + application.getApplicationNumber() + " 已由申报人撤回（第四条第一项），待办「" + String.join("」「", steps)
          + "」随之结束", Notice.TASKLIST));
    }
  }

  private String modelName(Task step) {
    FlowElement element = repositoryService.getBpmnModelInstance(step.getProcessDefinitionId())
        .getModelElementById(step.getTaskDefinitionKey());
    return element == null || element.getName() == null ? step.getTaskDefinitionKey() : element.getName();
  }

  /** With its reason (optional, at most 500). */
  private void withdraw(Application application, String reason) {
    String applicationNumber = application.getApplicationNumber();
    String why = reason == null ? "" : reason.strip();
    if (why.length() > MAX_REASON) {
      throw new InvalidInputException(List.of(new FieldProblem("reason",
          "撤回理由不能超过 " + MAX_REASON + " 字（现有 " + why.length() + " 字）")));
    }
    if (!withdrawable(application)) {
      throw new ConflictException("申报 " + applicationNumber + (application.isClosed() ? " 已办结（" + application.getOutcome().label() + "）"
          : application.getRenewalOfHonourId() != null ? " 是复评案件"
          : !ApplicationCases.beforeAcceptance(application) ? " 已列入受理名单"
          : " 的流程当前不能办理撤回（旧版流程或已暂停）") + "，不能撤回；如需退出评选，请联系市质强办");
    }
    cases.endTellingRecommender(application, ApplicationOutcome.WITHDRAWN, "申报人于 " + calendar.today()
        + " 撤回申报（第四条第一项 自愿申报）" + (why.isEmpty() ? "" : "：" + why));
    tellWhoseStepEnds(application);
    try {
      // the applicant has no grant on its case's instance; the withdrawal is ours, checked above
      AsSystem.call(identityService, () -> runtimeService.createMessageCorrelation(WITHDRAWN_MESSAGE)
          .processInstanceId(application.getProcessInstanceId()).correlateWithResult());
    } catch (MismatchingMessageCorrelationException | OptimisticLockingException e) {
      // subscribed when checked above: the process moved on in between, or a step completed at the same moment
      throw new ConflictException("申报 " + applicationNumber + " 刚刚已有办理，未撤回；请刷新页面后查看");
    }
  }
}
