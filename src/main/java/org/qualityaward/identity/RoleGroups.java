package org.qualityaward.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY_VARIABLE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.RETRY_JOB;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The role groups with their authorizations and Tasklist filters. They are structure, not demo
 * data: created at start-up in every profile, idempotently. Task permissions are not granted
 * here: the engine gives a task's candidate groups, candidate users and assignee READ, TASK_WORK
 * and READ_VARIABLE on that task when they are linked to it (DefaultAuthorizationProvider with
 * {@code defaultUserPermissionNameForTask: TASK_WORK}), so a group reads and works exactly the tasks
 * offered to it, and may neither reassign them nor write their variables.
 */
@Component
public class RoleGroups implements InitializingBean {

  public static final String AWARD_APPLICATION = "award-application";
  public static final String AWARD_EDITION = "award-edition";

  private static final String ANY = Authorization.ANY;
  private static final String TASKLIST = "tasklist";
  private static final String COCKPIT = "cockpit";

  private final IdentityService identityService;
  private final Grants grants;
  private final TasklistFilters filters;

  RoleGroups(IdentityService identityService, Grants grants, TasklistFilters filters) {
    this.identityService = identityService;
    this.grants = grants;
    this.filters = filters;
  }

  @Override
  public void afterPropertiesSet() {
    for (Role role : Role.values()) {
      ensureGroup(role.groupId(), role.groupName(),
          role == Role.CAMUNDA_ADMIN ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
    }
    // Admins pass every check in the engine; the webapps still ask for application access.
    for (Resources resource : Resources.values()) {
      grants.grant(Role.CAMUNDA_ADMIN.groupId(), resource, ANY, ALL);
    }
    for (Role role : Role.values()) {
      if (role != Role.CAMUNDA_ADMIN) {
        grantTasklist(role.groupId());
        filters.ensureFilter(role);
      }
    }
    // Starting a process needs CREATE on process instances and CREATE_INSTANCE on its definition.
    grantStart(Role.APPLICANT, AWARD_APPLICATION);
    grantStart(Role.QUALITY_OFFICE, AWARD_EDITION);
    // The office manages the award in Cockpit, incl. retrying failed timers (calendar not yet loaded).
    grantCockpit(Role.QUALITY_OFFICE, true);
    // The leading group oversees the award (Art 8): read-only Cockpit.
    grantCockpit(Role.LEADING_GROUP, false);
  }

  /** Group {@code recommender-<code>} for a recommending unit, with the recommender role's Tasklist access and filter. */
  public String ensureRecommenderGroup(String code, String unitName) {
    return ensureUnitGroup(Role.RECOMMENDER_UNIT_PREFIX + code, unitName, Role.RECOMMENDER);
  }

  /** Group {@code county-<code>} for a county coordination body, with that role's Tasklist access and filter. */
  public String ensureCountyGroup(String code, String bodyName) {
    return ensureUnitGroup(Role.COUNTY_UNIT_PREFIX + code, bodyName, Role.COUNTY_COORDINATION);
  }

  private String ensureUnitGroup(String groupId, String name, Role parent) {
    ensureGroup(groupId, name, Groups.GROUP_TYPE_WORKFLOW);
    grantTasklist(groupId);
    filters.grantRead(groupId, parent);
    return groupId;
  }

  private void ensureGroup(String groupId, String name, String type) {
    Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
    if (group == null) {
      group = identityService.newGroup(groupId);
    } else if (name.equals(group.getName()) && type.equals(group.getType())) {
      return;
    }
    group.setName(name);
    group.setType(type);
    identityService.saveGroup(group);
  }

  /**
   * Tasklist access, and READ on the models so that each task shows the name of its process (a
   * model is no secret; starting one needs CREATE_INSTANCE, granted per role below).
   */
  private void grantTasklist(String groupId) {
    grants.grant(groupId, APPLICATION, TASKLIST, ACCESS);
    grants.grant(groupId, PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
  }

  private void grantStart(Role role, String processDefinitionKey) {
    grants.grant(role.groupId(), PROCESS_DEFINITION, processDefinitionKey,
        ProcessDefinitionPermissions.READ, CREATE_INSTANCE);
    grants.grant(role.groupId(), PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
  }

  /**
   * Cockpit: both read every case and its history. Only the office, which runs the award and retries
   * failed jobs, also reads the cases' variables (the engine's variables hold ids and routing, never personal
   * data); the leading group oversees outcomes (Art 8) and gets no variables: minimum necessary.
   */
  private void grantCockpit(Role role, boolean operate) {
    grants.grant(role.groupId(), APPLICATION, COCKPIT, ACCESS);
    grants.grant(role.groupId(), PROCESS_DEFINITION, ANY,
        ProcessDefinitionPermissions.READ, READ_INSTANCE, READ_HISTORY);
    grants.grant(role.groupId(), PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
    if (operate) {
      grants.grant(role.groupId(), PROCESS_DEFINITION, ANY, READ_INSTANCE_VARIABLE, READ_HISTORY_VARIABLE);
      grants.grant(role.groupId(), PROCESS_DEFINITION, ANY, RETRY_JOB);
      grants.grant(role.groupId(), PROCESS_INSTANCE, ANY, ProcessInstancePermissions.RETRY_JOB);
    }
  }
}
