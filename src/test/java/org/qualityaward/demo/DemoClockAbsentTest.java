package org.qualityaward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.testing.HttpCaller;
import org.qualityaward.testing.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 15 item 3: outside the demo profile the demonstration clock does not exist, not even for an
 * administrator, and nothing moves the engine's clock. Same context as RoleResourceMatrixTest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoClockAbsentTest {

  @LocalServerPort int port;

  @Test
  @DisplayName("default profile: GET /api/clock and POST /api/clock/advance are 404 for the administrator")
  void noClockOutsideTheDemo() {
    HttpCaller admin = HttpCaller.basic(port, TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    Date before = ClockUtil.getCurrentTime();
    assertThat(admin.get("/api/clock").statusCode()).isEqualTo(404);
    assertThat(admin.post("/api/clock/advance", "{\"workingDays\": 20}").statusCode()).isEqualTo(404);
    assertThat(ClockUtil.getCurrentTime()).isBetween(before, new Date(before.getTime() + 60_000));
  }
}
