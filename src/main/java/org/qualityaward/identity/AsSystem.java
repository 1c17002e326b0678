package org.qualityaward.identity;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs an engine lookup of our own with no user authenticated (so without authorization checks), or as
 * another user, in a thread that is serving a user's request, then puts that user's authentication back.
 */
public final class AsSystem {

  private AsSystem() {
  }

  /** The lookup as {@code userId} with their groups, so under their authorizations; then the caller's back. */
  static <T> T callAs(IdentityService identityService, String userId, Supplier<T> lookup) {
    List<String> groups = call(identityService, () -> identityService.createGroupQuery().groupMember(userId).list()
        .stream().map(Group::getId).toList());
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.setAuthentication(userId, groups);
    try {
      return lookup.get();
    } finally {
      identityService.clearAuthentication();
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  /** The lookup with no user authenticated, so without authorization checks; then the caller's back. */
  public static <T> T call(IdentityService identityService, Supplier<T> lookup) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return lookup.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
