package org.qualityaward.identity;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs an engine lookup of our own with no user authenticated (so without authorization checks) in a
 * thread that is serving a user's request, then puts that user's authentication back.
 */
final class AsSystem {

  private AsSystem() {
  }

  static <T> T call(IdentityService identityService, Supplier<T> lookup) {
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
