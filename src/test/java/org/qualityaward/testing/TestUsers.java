package org.qualityaward.testing;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Users the API and page tests log in as: created once per context, password {@code secret}. */
public final class TestUsers {

  public static final String PASSWORD = "secret";

  private TestUsers() {
  }

  /** Creates the user in the group unless a user of that id exists already. */
  public static void ensure(IdentityService identityService, String id, String group) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
      identityService.createMembership(id, group);
    }
  }
}
