package org.qualityaward.review;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Ranking and exports for the office and the leading group (Art 18-20); access in identity.SecurityConfig. */
@RestController
class ReviewController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final Rankings rankings;
  private final ReviewExports exports;

  ReviewController(Rankings rankings, ReviewExports exports) {
    this.rankings = rankings;
    this.exports = exports;
  }

  @GetMapping("/api/editions/{id}/ranking")
  Rankings.View ranking(@PathVariable Long id) {
    return rankings.ranking(id);
  }

  @GetMapping("/api/editions/{id}/ranking.xlsx")
  ResponseEntity<byte[]> rankingXlsx(@PathVariable Long id) {
    return xlsx("综合评价排名-" + id + ".xlsx", exports.ranking(id));
  }

  @GetMapping("/api/applications/{id}/panel-reports/{stage}.xlsx")
  ResponseEntity<byte[]> panelReportXlsx(@PathVariable Long id, @PathVariable ReviewStage stage) {
    return xlsx(stage.reportName() + "-" + id + ".xlsx", exports.panelReport(id, stage));
  }

  private static ResponseEntity<byte[]> xlsx(String fileName, byte[] content) {
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
        .body(content);
  }
}
