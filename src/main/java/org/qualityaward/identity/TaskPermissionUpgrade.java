package org.qualityaward.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Tasks created before the trust boundary (Issue 10) gave their people UPDATE, which lets them write
 * the task's variables. At start-up every such task grant becomes what new tasks get: TASK_WORK and
 * READ_VARIABLE (READ stays). Administrators keep ALL through their group. Idempotent: once done,
 * the query finds nothing.
 */
@Component
class TaskPermissionUpgrade implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(TaskPermissionUpgrade.class);

  private final AuthorizationService authorizations;

  TaskPermissionUpgrade(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @Override
  public void run(ApplicationArguments args) {
    int upgraded = 0;
    for (Authorization grant : authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .resourceType(Resources.TASK)
        .hasPermission(TaskPermissions.UPDATE)
        .list()) {
      if (Authorization.ANY.equals(grant.getResourceId()) || Role.CAMUNDA_ADMIN.groupId().equals(grant.getGroupId())) {
        continue;
      }
      grant.removePermission(TaskPermissions.UPDATE);
      grant.addPermission(Permissions.TASK_WORK);
      grant.addPermission(TaskPermissions.READ_VARIABLE);
      authorizations.saveAuthorization(grant);
      upgraded++;
    }
    if (upgraded > 0) {
      LOG.info("{} task authorizations narrowed from UPDATE to TASK_WORK + READ_VARIABLE", upgraded);
    }
  }
}
