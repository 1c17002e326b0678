package org.qualityaward.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterCountCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListPageCmd;
import org.camunda.bpm.engine.impl.cmd.GetIdentityLinksForTaskCmd;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which commands are task lists, planned with their own values on PostgreSQL (PostgresProfileTest runs one). */
class TaskListPlanningTest {

  @Test
  @DisplayName("issue 16: task queries and Tasklist's filter lists and counts are task lists; completing a task or reading its candidates is not")
  void taskLists() {
    assertThat(TaskListPlanning.isTaskList(new TaskQueryImpl())).isTrue();
    assertThat(TaskListPlanning.isTaskList(new ExecuteFilterListPageCmd("filter", null, 0, 15))).isTrue();
    assertThat(TaskListPlanning.isTaskList(new ExecuteFilterCountCmd("filter"))).isTrue();
    assertThat(TaskListPlanning.isTaskList(new CompleteTaskCmd("task", null))).isFalse();
    assertThat(TaskListPlanning.isTaskList(new GetIdentityLinksForTaskCmd("task"))).isFalse();
  }
}
