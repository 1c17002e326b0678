package org.qualityaward.bench;

import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The inboxes on H2 as the product runs it by default ({@link BenchH2}). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InboxBench extends InboxRun {

  @DynamicPropertySource
  static void fileDatabase(DynamicPropertyRegistry registry) {
    BenchH2.freshFile(registry);
  }

  @Override
  void record(Map<String, Object> figures) {
    BenchResults.record("inboxes, H2", figures);
  }
}
