package org.qualityaward.testing;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;

/** Users the API and page tests log in as: created once per context, password {@code secret}. */
public final class TestUsers {

  public static final String PASSWORD = "secret";
  /** The first administrator of every test context (src/test/resources/config/application.yaml). */
  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = "Test-Chief-2026";

  private TestUsers() {
  }

  /** Creates the user in the group unless a user of that id exists already. */
  public static void ensure(IdentityService identityService, String id, String group) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setPassword(PASSWORD);
      save(identityService, user);
      identityService.createMembership(id, group);
    }
  }

  /**
   * Saves a fixture user past the password policy, as DemoUsers does: test passwords are short on
   * purpose; the policy itself is tested with real requests (identity.SecurityHardeningTest).
   */
  public static void save(IdentityService identityService, User user) {
    ((IdentityServiceImpl) identityService).saveUser(user, true);
  }
}
