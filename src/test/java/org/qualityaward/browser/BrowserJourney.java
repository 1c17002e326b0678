package org.qualityaward.browser;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qualityaward.identity.RoleGroups;
import org.qualityaward.testing.EditionDriver;
import org.qualityaward.testing.EngineClock;
import org.qualityaward.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * One Spring context for every browser journey (the application on a random port, in-memory H2, no
 * job executor: the journeys move the engine clock and run due jobs with {@link EditionDriver}).
 * Users are real Camunda users in the real role groups, so Tasklist shows them their own filter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1")
@ExtendWith(Chromium.class)
abstract class BrowserJourney {

  static final String PASSWORD = "browser";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired IdentityService identityService;
  @Autowired RoleGroups roleGroups;

  EditionDriver driver;
  Browser browser;
  Tasklist tasklist;

  @BeforeEach
  void journey(Browser browser) {
    driver = new EditionDriver(context);
    this.browser = browser.at("http://localhost:" + port);
    tasklist = new Tasklist(browser);
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  /** A user with {@link #PASSWORD} in the given groups (created once per context). */
  void user(String userId, String lastName, String firstName, String... groupIds) {
    if (identityService.createUserQuery().userId(userId).count() > 0) {
      return;
    }
    User user = identityService.newUser(userId);
    user.setLastName(lastName);
    user.setFirstName(firstName);
    user.setPassword(PASSWORD);
    TestUsers.save(identityService, user);
    for (String groupId : groupIds) {
      identityService.createMembership(userId, groupId);
    }
  }

  /** A recommending unit's user: groups {@code recommender} and {@code recommender-<code>}. */
  void recommenderUser(String userId, String code, String unitName) {
    user(userId, "吴", "强", "recommender", roleGroups.ensureRecommenderGroup(code, unitName));
  }
}
