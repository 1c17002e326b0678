package org.qualityaward.postgres;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A cluster node started by {@link ClusterTest} (profile {@code cluster-node}, test classpath only) keeps the
 * test's engine clock: {@code POST /api/node-clock?at=2026-03-10T00:01} (administrators). Every node and the
 * test must agree on "now", or a node would find every timer of the test's 2026 edition due at once.
 */
@RestController
@Profile("cluster-node")
class NodeClock {

  @PostMapping("/api/node-clock")
  void set(@RequestParam String at) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(at).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
  }
}
