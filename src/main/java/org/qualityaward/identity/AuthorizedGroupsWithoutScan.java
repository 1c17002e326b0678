package org.qualityaward.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Issue 16: the engine narrows a user's groups to those named by some authorization before every
 * authorization check, and learns which those are with {@code SELECT distinct(GROUP_ID_) FROM
 * ACT_RU_AUTHORIZATION}, once per command. That table keeps a row for every task ever worked (the
 * historic task permissions), so each authenticated request read more of it as the award's history grew:
 * 14,000 of these reads cost 34 s of a 1,000-application edition on PostgreSQL, its costliest statement.
 * Our users belong to one to three groups, so the checks take their groups as they are: a group that no
 * authorization names matches no row, so the answer is the same.
 */
@Component
class AuthorizedGroupsWithoutScan extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = new ArrayList<>();
    if (configuration.getCustomSessionFactories() != null) {
      factories.addAll(configuration.getCustomSessionFactories());
    }
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new GroupsAsTheyAre();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  /** The engine's authorization checks, with the user's groups taken as they are. */
  static final class GroupsAsTheyAre extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      return authenticatedGroupIds == null ? new ArrayList<>() : new ArrayList<>(authenticatedGroupIds);
    }
  }
}
