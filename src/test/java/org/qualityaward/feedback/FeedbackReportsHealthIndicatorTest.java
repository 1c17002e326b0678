package org.qualityaward.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** What an administrator's health shows about the feedback reports' font, without the engine. */
class FeedbackReportsHealthIndicatorTest {

  private static final String WQY = ReportFont.DEFAULTS.get(0);

  @Test
  @DisplayName("without a usable font the node reports feedbackReports DOWN, saying what to install")
  void downWithoutFont() {
    Health health = new FeedbackReportsHealthIndicator(new ReportFont(new FeedbackReportProperties("/nonexistent/font.ttc")))
        .health();

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails().get("reason").toString())
        .contains("/nonexistent/font.ttc 不存在").contains("fonts-wqy-microhei");
  }

  @Test
  @DisplayName("a font installed while the node runs shows UP, naming it, once the health looks again; a report that finds it gone turns it DOWN")
  void fontInstalledWhileRunning(@TempDir Path folder) throws IOException {
    Assumptions.assumeTrue(new File(WQY).isFile(), "fonts-wqy-microhei not installed");
    Path configured = folder.resolve("report-font.ttc");
    ReportFont font = new ReportFont(new FeedbackReportProperties(configured.toString()));
    Files.copy(Path.of(WQY), configured);

    assertThat(new FeedbackReportsHealthIndicator(font).health().getStatus())
        .as("looked for at the start, not again within " + FeedbackReportsHealthIndicator.LOOK_AGAIN).isEqualTo(Status.DOWN);
    Health found = new FeedbackReportsHealthIndicator(font, Duration.ZERO).health();
    assertThat(found.getStatus()).isEqualTo(Status.UP);
    assertThat(found.getDetails()).containsEntry("path", configured.toString()).containsKey("font");

    Files.delete(configured);
    assertThat(new FeedbackReportsHealthIndicator(font, Duration.ZERO).health().getStatus())
        .as("a found font is not opened again for health").isEqualTo(Status.UP);
    assertThatThrownBy(font::open).isInstanceOf(ReportFont.FontUnavailableException.class);
    assertThat(new FeedbackReportsHealthIndicator(font, Duration.ZERO).health().getStatus()).isEqualTo(Status.DOWN);
  }
}
