package org.qualityaward.operations;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.summingLong;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.qualityaward.application.ApplicationStage;
import org.qualityaward.application.CaseCount;
import org.qualityaward.application.EditionCases;
import org.qualityaward.identity.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the {@link Workload} with a handful of queries, each a count or bounded by the open tasks. */
@Component
class WorkloadReader {

  /**
   * Each open task with each group it is offered to (one row with no group if none): the engine's own
   * task report counts only unassigned tasks and counts a task once per group, not per role.
   */
  private static final String TASK_GROUPS = """
      select t.ID_, i.GROUP_ID_ from ACT_RU_TASK t
      left join ACT_RU_IDENTITYLINK i on i.TASK_ID_ = t.ID_ and i.TYPE_ = 'candidate' and i.GROUP_ID_ is not null
      """;

  private final JdbcTemplate jdbc;
  private final ManagementService management;
  private final RuntimeService runtime;
  private final EditionCases cases;

  WorkloadReader(JdbcTemplate jdbc, ManagementService management, RuntimeService runtime, EditionCases cases) {
    this.jdbc = jdbc;
    this.management = management;
    this.runtime = runtime;
    this.cases = cases;
  }

  Workload read() {
    Map<String, Set<Role>> rolesOfTask = new HashMap<>();
    jdbc.query(TASK_GROUPS, row -> {
      Set<Role> roles = rolesOfTask.computeIfAbsent(row.getString(1), task -> new HashSet<>());
      Optional.ofNullable(row.getString(2)).flatMap(Role::ofGroup).ifPresent(roles::add);
    });
    Map<Role, Long> openTasks = new EnumMap<>(Role.class);
    rolesOfTask.values().forEach(roles -> roles.forEach(role -> openTasks.merge(role, 1L, Long::sum)));
    long personal = rolesOfTask.values().stream().filter(Set::isEmpty).count();
    return new Workload(openTasks, personal,
        management.createJobQuery().executable().active().count(),
        management.createJobQuery().noRetriesLeft().count(),
        runtime.createIncidentQuery().count(),
        cases.countByStageAndOutcome().stream().collect(groupingBy(CaseCount::stage,
            () -> new EnumMap<>(ApplicationStage.class), summingLong(CaseCount::count))));
  }
}
