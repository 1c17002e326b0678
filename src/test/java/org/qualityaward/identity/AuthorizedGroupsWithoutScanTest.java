package org.qualityaward.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Issue 16: authorization checks take the user's groups as they are, with the same answers. */
@SpringBootTest
class AuthorizedGroupsWithoutScanTest {

  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  @AfterEach
  void logOut() {
    identity.clearAuthentication();
  }

  @Test
  @DisplayName("the engine's authorization manager is ours and does not read which groups have authorizations")
  void groupsTakenAsTheyAre() {
    AuthorizationManager manager = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired().execute(context -> context.getAuthorizationManager());
    assertThat(manager).isInstanceOf(AuthorizedGroupsWithoutScan.GroupsAsTheyAre.class);
    assertThat(manager.filterAuthenticatedGroupIds(List.of("quality-office", "no-authorization-names-me")))
        .containsExactly("quality-office", "no-authorization-names-me");
  }

  @Test
  @DisplayName("a candidate group's member sees the group's task and one of another group does not")
  void candidateGroupTaskVisibleToItsMembersOnly() {
    repository.createDeployment().name("授权组探针").addModelInstance("authorized-groups-probe.bpmn",
        Bpmn.createExecutableProcess("authorized-groups-probe").name("授权组探针").camundaHistoryTimeToLive(1)
            .startEvent().userTask("Task_Probe").name("探针").camundaCandidateGroups("quality-office")
            .endEvent().done()).deploy();
    String instance = runtime.startProcessInstanceByKey("authorized-groups-probe").getId();
    TestUsers.ensure(identity, "groupsprobeoffice", "quality-office");
    TestUsers.ensure(identity, "groupsprobeleader", "leading-group");

    identity.setAuthentication("groupsprobeoffice", List.of("quality-office", "no-authorization-names-me"));
    assertThat(tasks.createTaskQuery().processInstanceId(instance).count()).isEqualTo(1);
    identity.setAuthentication("groupsprobeleader", List.of("leading-group"));
    assertThat(tasks.createTaskQuery().processInstanceId(instance).count()).isZero();
  }
}
