package org.qualityaward.notification;

import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Any logged-in user's own mail preferences (kinds without mail, the daily digest), for those without a settings page. */
@RestController
class MailPreferencesController {

  private final MailPreferences preferences;

  MailPreferencesController(MailPreferences preferences) {
    this.preferences = preferences;
  }

  @GetMapping("/api/notifications/preferences")
  MailPreferences.Choice mine(Principal principal) {
    return preferences.of(principal.getName());
  }

  @PutMapping("/api/notifications/preferences")
  MailPreferences.Choice choose(Principal principal, @RequestBody MailPreferences.Choice choice) {
    return preferences.choose(principal.getName(), choice);
  }
}
