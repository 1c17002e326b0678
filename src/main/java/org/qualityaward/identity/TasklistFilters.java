package org.qualityaward.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/** One Chinese-named Tasklist filter per role, readable only by that role's groups. */
@Component
class TasklistFilters {

  private static final String CURRENT_USER = "${currentUser()}";
  private static final String CURRENT_USER_GROUPS = "${currentUserGroups()}";

  private final FilterService filterService;
  private final TaskService taskService;
  private final Grants grants;

  TasklistFilters(FilterService filterService, TaskService taskService, Grants grants) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.grants = grants;
  }

  /** Creates or updates the role's filter (so changes here reach existing databases) and lets the group read it. */
  String ensureFilter(Role role) {
    Filter filter = filterService.createFilterQuery()
        .filterResourceType(Resources.TASK.resourceName())
        .filterName(role.filterName())
        .singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(role.filterName());
    }
    // Saved only when new or changed: every save bumps the row's revision, so nodes restarting together would
    // race to update the same eight rows, and the loser's start would stop on an OptimisticLockingException.
    String storedQuery = filter.getId() == null ? null : ((FilterEntity) filter).getQueryInternal();
    Map<String, Object> storedProperties = filter.getProperties();
    filter.setQuery(queryFor(role));
    filter.setProperties(properties(role));
    boolean changed = !((FilterEntity) filter).getQueryInternal().equals(storedQuery)
        || !filter.getProperties().equals(storedProperties);
    if (changed) {
      filterService.saveFilter(filter);
    }
    grantRead(role.groupId(), role);
    return filter.getId();
  }

  /** A per-unit group reads its parent role's filter. */
  void grantRead(String groupId, Role role) {
    Filter filter = filterService.createFilterQuery()
        .filterResourceType(Resources.TASK.resourceName())
        .filterName(role.filterName())
        .singleResult();
    grants.grant(groupId, Resources.FILTER, filter.getId(), Permissions.READ);
  }

  private TaskQuery queryFor(Role role) {
    TaskQuery query = taskService.createTaskQuery();
    switch (role) {
      // Personal work: tasks assigned to the user or naming the user as a candidate.
      case APPLICANT -> query.taskInvolvedUserExpression(CURRENT_USER);
      // Every expert task is assigned to its expert (panels): the involved-user query read every open task's
      // links and grew with the whole inbox (issue 16's InboxBench: p95 571 ms at 3,920 open tasks)
      case EXPERT -> query.taskAssigneeExpression(CURRENT_USER);
      // Unit work: the task goes to the user's own unit group (recommender-<code>, county-<code>).
      case RECOMMENDER, COUNTY_COORDINATION -> query.or()
          .taskAssigneeExpression(CURRENT_USER)
          .taskCandidateGroupInExpression(CURRENT_USER_GROUPS)
          .includeAssignedTasks()
          .endOr();
      default -> query.or()
          .taskAssigneeExpression(CURRENT_USER)
          .taskCandidateGroupIn(List.of(role.groupId()))
          .includeAssignedTasks()
          .endOr();
    }
    // Tasklist puts the filter's ordering before its own sort choice: deadline first, then arrival
    return query.orderByDueDate().asc().orderByTaskCreateTime().asc();
  }

  private static Map<String, Object> properties(Role role) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", role.filterDescription());
    properties.put("priority", role.ordinal());
    properties.put("refresh", true);
    return properties;
  }
}
