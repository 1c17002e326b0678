package org.qualityaward.identity;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;

/**
 * Who completes a task: the authenticated user, never a variable (Issue 10). With nobody authenticated
 * — the engine's own jobs, or a test driving the engine's Java API — the task's assignee stands in.
 */
public final class TaskActor {

  private TaskActor() {
  }

  /** The user completing the task. */
  public static String of(DelegateTask task) {
    Authentication user = authenticated(task);
    return user != null ? user.getUserId() : task.getAssignee();
  }

  /**
   * The one person a personal task is assigned to (an expert's declaration and scores, a panel leader's
   * report): only they may complete it, not even an administrator on their behalf, since the result is
   * recorded as theirs.
   */
  public static String assignee(DelegateTask task) {
    Authentication user = authenticated(task);
    String assignee = task.getAssignee();
    if (assignee == null || (user != null && !assignee.equals(user.getUserId()))) {
      throw new InvalidInputException(List.of(new FieldProblem("assignee",
          "「" + task.getName() + "」只能由分配到的本人办理")));
    }
    return assignee;
  }

  /**
   * The user completing a task offered to a recommending unit or city department (its group
   * {@code recommender-<code>}), who must belong to that unit: a unit answers only for itself.
   */
  public static String memberOfUnit(DelegateTask task, String unitCode) {
    String groupId = Role.RECOMMENDER_UNIT_PREFIX + unitCode;
    Authentication user = authenticated(task);
    if (user == null) {
      return task.getAssignee();
    }
    boolean member = user.getGroupIds() != null && user.getGroupIds().contains(groupId);
    if (!member) {
      throw new InvalidInputException(List.of(new FieldProblem("assignee",
          "「" + task.getName() + "」只能由本单位（" + groupId + "）的人员办理")));
    }
    return user.getUserId();
  }

  /**
   * The user completing a task offered to one unit's group (a recommending unit {@code recommender-<code>}, a
   * county body {@code county-<code>}), who must belong to a group the model offered it to: a unit's decision is
   * the unit's, so an administrator, who may open any task, cannot make it for the unit.
   */
  public static String memberOfCandidateGroup(DelegateTask task) {
    Authentication user = authenticated(task);
    if (user == null) {
      return task.getAssignee();
    }
    List<String> offeredTo = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull)
        .toList();
    boolean member = user.getGroupIds() != null && offeredTo.stream().anyMatch(user.getGroupIds()::contains);
    if (!member) {
      throw new InvalidInputException(List.of(new FieldProblem("assignee",
          "「" + task.getName() + "」只能由本单位（" + String.join("、", offeredTo) + "）的人员办理")));
    }
    return user.getUserId();
  }

  private static Authentication authenticated(DelegateTask task) {
    return task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
  }
}
