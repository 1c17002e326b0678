package org.qualityaward.application;

import java.net.URI;
import java.security.Principal;
import java.time.LocalDateTime;
import java.util.List;
import org.qualityaward.eligibility.Finding;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/applications")
class ApplicationController {

  private final ApplicationSubmissions submissions;
  private final ApplicationCases cases;
  private final EvidenceAttachmentRepository evidence;

  ApplicationController(ApplicationSubmissions submissions, ApplicationCases cases,
      EvidenceAttachmentRepository evidence) {
    this.submissions = submissions;
    this.cases = cases;
    this.evidence = evidence;
  }

  record EvidenceView(Long id, String fileName, boolean tradeSecret, boolean uploaded) {}

  record ApplicationView(Long id, String applicationNumber, Long editionId, String kind, String applicantName,
      String recommenderCode, String stage, String stageLabel, String outcome, String outcomeLabel,
      String outcomeReason, LocalDateTime submittedAt, List<Finding> eligibility, List<EvidenceView> evidence,
      List<Object> scores) {}

  /** Validation happens in the service so the API and the Tasklist start form refuse alike. */
  @PostMapping
  ResponseEntity<ApplicationView> submit(@RequestBody ApplicationSubmission submission, Principal principal) {
    Application application = submissions.submit(submission, principal == null ? null : principal.getName());
    return ResponseEntity.created(URI.create("/api/applications/" + application.getId())).body(view(application));
  }

  @GetMapping("/{id}")
  ApplicationView get(@PathVariable Long id) {
    return view(cases.get(id));
  }

  private ApplicationView view(Application a) {
    List<EvidenceView> attachments = evidence.findByApplicationIdOrderById(a.getId()).stream()
        .map(e -> new EvidenceView(e.getId(), e.getFileName(), e.isTradeSecret(), e.getUploadedAt() != null))
        .toList();
    return new ApplicationView(a.getId(), a.getApplicationNumber(), a.getEditionId(), a.getKind().name(),
        a.getApplicantName(), a.getRecommenderCode(), a.getStage().name(), a.getStage().label(),
        a.getOutcome() == null ? null : a.getOutcome().name(),
        a.getOutcome() == null ? null : a.getOutcome().label(), a.getOutcomeReason(), a.getSubmittedAt(),
        cases.latestFindings(a.getId()), attachments, List.of());
  }
}
