package org.qualityaward.feedback;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/applications/{id}/feedback-report.pdf}: the applicant who submitted the case, the
 * quality office and administrators (others 403; 404 with the reason while there is none), and
 * {@code GET /api/editions/{id}/feedback-reports}: the office's list of the edition's cases that reached
 * document review and whether each report can be downloaded yet.
 */
@RestController
class FeedbackReportController {

  private final FeedbackReports reports;
  private final FeedbackReportPdf pdf;

  FeedbackReportController(FeedbackReports reports, FeedbackReportPdf pdf) {
    this.reports = reports;
    this.pdf = pdf;
  }

  @GetMapping("/api/applications/{id}/feedback-report.pdf")
  ResponseEntity<byte[]> report(@PathVariable Long id) {
    FeedbackReports.Content content = reports.reportFor(id);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("反馈报告-" + content.applicationNumber() + ".pdf", StandardCharsets.UTF_8).build().toString())
        .body(pdf.render(content));
  }

  @GetMapping("/api/editions/{id}/feedback-reports")
  List<FeedbackReports.Entry> ofEdition(@PathVariable Long id) {
    return reports.ofEdition(id);
  }

  /** No usable font on the server: say what to install, as a problem (503: the service, not the request). */
  @ExceptionHandler(ReportFont.FontUnavailableException.class)
  ResponseEntity<ProblemDetail> fontUnavailable(ReportFont.FontUnavailableException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    problem.setTitle("反馈报告暂不可用");
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
