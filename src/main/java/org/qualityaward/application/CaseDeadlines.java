package org.qualityaward.application;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * The next deadline of each case on a page of the register: the earliest due date (set by
 * tasks.TaskDeadlines when the task was created) of the open tasks of the case's processes, i.e. those
 * started under its application number or under a key naming it ({@link CaseProcessKeys}: its panels, whose
 * members score under the panel's key). Two engine queries per page, however many cases it shows.
 */
@Component
class CaseDeadlines {

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final WorkingDayCalendar calendar;
  private final List<CaseProcessKeys> otherKeys;

  CaseDeadlines(TaskService taskService, RuntimeService runtimeService, IdentityService identityService,
      WorkingDayCalendar calendar, List<CaseProcessKeys> otherKeys) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.calendar = calendar;
    this.otherKeys = List.copyOf(otherKeys);
  }

  /**
   * By application number; a case without a dated open task is absent. Read on the register's own
   * authority: the office and the leading group may not read other groups' tasks, and only the dates are shown.
   */
  Map<String, LocalDateTime> nextOf(Collection<String> applicationNumbers) {
    if (applicationNumbers.isEmpty()) {
      return Map.of();
    }
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      Map<String, String> numberOfKey = new HashMap<>();
      for (String number : applicationNumbers) {
        numberOfKey.put(number, number);
        otherKeys.forEach(keys -> keys.of(number).forEach(key -> numberOfKey.put(key, number)));
      }
      Map<String, LocalDateTime> next = new HashMap<>();
      Map<String, LocalDateTime> byInstance = new HashMap<>();
      for (Task task : taskService.createTaskQuery().processInstanceBusinessKeyIn(numberOfKey.keySet().toArray(String[]::new))
          .list()) {
        if (task.getDueDate() != null) {
          byInstance.merge(task.getProcessInstanceId(), calendar.timeOf(task.getDueDate()),
              (a, b) -> a.isBefore(b) ? a : b);
        }
      }
      if (byInstance.isEmpty()) {
        return Map.of();
      }
      Map<String, String> keys = runtimeService.createProcessInstanceQuery()
          .processInstanceIds(byInstance.keySet()).list().stream()
          .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
      byInstance.forEach((instance, due) -> {
        if (numberOfKey.containsKey(keys.get(instance))) {
          next.merge(numberOfKey.get(keys.get(instance)), due, (a, b) -> a.isBefore(b) ? a : b);
        }
      });
      return next;
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
