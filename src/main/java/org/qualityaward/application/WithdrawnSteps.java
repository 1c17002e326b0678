package org.qualityaward.application;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.qualityaward.identity.AsSystem;
import org.qualityaward.notification.Notice;
import org.qualityaward.notification.NoticeKind;
import org.qualityaward.recommender.Recommender;
import org.qualityaward.recommender.Recommenders;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The steps a withdrawn case ends (Art 4(1)), and who held them. */
@Component
class WithdrawnSteps {

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final IdentityService identityService;
  private final Recommenders recommenders;
  private final ApplicationEventPublisher events;

  WithdrawnSteps(RuntimeService runtimeService, TaskService taskService, RepositoryService repositoryService,
      IdentityService identityService, Recommenders recommenders, ApplicationEventPublisher events) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.identityService = identityService;
    this.recommenders = recommenders;
    this.events = events;
  }

  /**
   * Those who hold a step of the case — the county body, the departments, the office, also on an objection to the
   * unit's publicity — learn that it ended and why, rather than seeing it vanish from their list; the unit's people
   * are told once, by the case's end. Steps by the model's name, as a new task's notice: the task's own name carries
   * the applicant's. The link is their task list: a department no longer reads the case's file once its step is gone.
   */
  void tellWhoseStepEnds(Application application) {
    String unit = application.getRecommenderCode() == null ? null
        : recommenders.find(application.getRecommenderCode()).map(Recommender::groupId).orElse(null);
    Set<String> users = new HashSet<>();
    Set<String> groups = new HashSet<>();
    Set<String> steps = new LinkedHashSet<>();
    AsSystem.call(identityService, () -> {
      Set<String> unitPeople = unit == null ? Set.of() : identityService.createUserQuery().memberOfGroup(unit).list()
          .stream().map(User::getId).collect(Collectors.toSet());
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
        stepUsers.removeAll(unitPeople);
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
}
