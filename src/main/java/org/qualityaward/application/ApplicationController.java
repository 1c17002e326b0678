package org.qualityaward.application;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDateTime;
import java.util.List;
import org.qualityaward.eligibility.Finding;
import org.qualityaward.eligibility.ResidentIdNumber;
import org.qualityaward.identity.Role;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/applications")
class ApplicationController {

  private final ApplicationSubmissions submissions;
  private final ApplicationCases cases;
  private final EvidenceAttachmentRepository evidence;
  private final EvidenceFiles evidenceFiles;
  private final CaseReaders readers;
  private final ConditionReview conditionReview;
  private final OverdueClosures overdueClosures;
  private final ApplicationWithdrawals withdrawals;

  ApplicationController(ApplicationSubmissions submissions, ApplicationCases cases,
      EvidenceAttachmentRepository evidence, EvidenceFiles evidenceFiles, CaseReaders readers,
      ConditionReview conditionReview, OverdueClosures overdueClosures, ApplicationWithdrawals withdrawals) {
    this.submissions = submissions;
    this.cases = cases;
    this.evidence = evidence;
    this.evidenceFiles = evidenceFiles;
    this.readers = readers;
    this.conditionReview = conditionReview;
    this.overdueClosures = overdueClosures;
    this.withdrawals = withdrawals;
  }

  record EvidenceView(Long id, String fileName, boolean tradeSecret, boolean uploaded) {}

  /** {@code idNumber}: an individual's, masked but for the quality office. */
  record ApplicationView(Long id, String applicationNumber, Long editionId, String kind, String applicantName,
      String idNumber, String recommenderCode, String stage, String stageLabel, String outcome, String outcomeLabel,
      String outcomeReason, LocalDateTime submittedAt, List<Finding> eligibility, List<EvidenceView> evidence,
      List<ConditionView> conditions) {}

  /** A reviewer's answer on a declared condition (Art 16, 17): who of the unit or office answered stays theirs. */
  record VerdictView(boolean confirmed, String reason, LocalDateTime decidedAt) {}

  /** A declared condition: its point (11(3)), citation, the applicant's statement and the verdicts so far. */
  record ConditionView(String point, String citation, String statement, VerdictView recommender, VerdictView office) {}

  /** Validation happens in the service so the API and the Tasklist start form refuse alike. */
  @PostMapping
  ResponseEntity<ApplicationView> submit(@RequestBody ApplicationSubmission submission, Principal principal,
      HttpServletRequest request) {
    Application application = submissions.submit(submission, principal == null ? null : principal.getName());
    return ResponseEntity.created(URI.create("/api/applications/" + application.getId()))
        .body(view(application, request));
  }

  @GetMapping("/{id}")
  ApplicationView get(@PathVariable Long id, HttpServletRequest request) {
    Application application = cases.get(id);
    readers.checkMayRead(application);
    return view(application, request);
  }

  /** The body of an overdue closure (why, required) or a withdrawal (why, optional). */
  record Reason(String reason) {}

  /**
   * The office closes a case whose recommending unit or county body let its step's deadline pass (Art 15–17): 409
   * before the deadline or at another step, 400 without a reason; the case ends as not recommended.
   */
  @PostMapping("/{id}/overdue-closure")
  ApplicationView closeOverdue(@PathVariable Long id, @RequestBody Reason closure, Principal principal,
      HttpServletRequest request) {
    overdueClosures.close(id, closure.reason(), principal.getName());
    return view(cases.get(id), request);
  }

  /**
   * The applicant withdraws its own application until the office accepts it (Art 4(1) 自愿申报); another's 403,
   * after acceptance 409, a reason over 500 characters 400. The case ends as withdrawn.
   */
  @PostMapping("/{id}/withdrawal")
  ApplicationView withdraw(@PathVariable Long id, @RequestBody(required = false) Reason withdrawal,
      Principal principal, HttpServletRequest request) {
    withdrawals.withdraw(principal.getName(), id, withdrawal == null ? null : withdrawal.reason());
    return view(cases.get(id), request);
  }

  @PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<EvidenceView> uploadEvidence(@PathVariable Long id, @RequestPart("file") MultipartFile file,
      @RequestParam("tradeSecret") Boolean tradeSecret) throws IOException {
    EvidenceAttachment attachment = evidenceFiles.upload(id, file.getOriginalFilename(), tradeSecret, file.getBytes());
    return ResponseEntity.created(URI.create("/api/applications/" + id + "/evidence/" + attachment.getId()))
        .body(new EvidenceView(attachment.getId(), attachment.getFileName(), attachment.isTradeSecret(), true));
  }

  @GetMapping("/{id}/evidence/{evidenceId}")
  ResponseEntity<byte[]> downloadEvidence(@PathVariable Long id, @PathVariable Long evidenceId) {
    EvidenceFiles.DownloadedEvidence file = evidenceFiles.download(id, evidenceId);
    EvidenceAttachment attachment = file.entry();
    return ResponseEntity.ok()
        .contentType(attachment.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM
            : MediaType.parseMediaType(attachment.getContentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(attachment.getFileName(), StandardCharsets.UTF_8).build().toString())
        .body(file.content());
  }

  private ApplicationView view(Application a, HttpServletRequest request) {
    List<EvidenceView> attachments = evidence.findByApplicationIdOrderById(a.getId()).stream()
        .map(e -> new EvidenceView(e.getId(), e.getFileName(), e.isTradeSecret(), e.isUploaded()))
        .toList();
    String idNumber = request.isUserInRole(Role.QUALITY_OFFICE.name()) ? a.getIdNumber()
        : ResidentIdNumber.masked(a.getIdNumber());
    return new ApplicationView(a.getId(), a.getApplicationNumber(), a.getEditionId(), a.getKind().name(),
        a.getApplicantName(), idNumber, a.getRecommenderCode(), a.getStage().name(), a.getStage().label(),
        a.getOutcome() == null ? null : a.getOutcome().name(),
        a.getOutcome() == null ? null : a.getOutcome().label(), a.getOutcomeReason(), a.getSubmittedAt(),
        cases.latestFindings(a.getId()), attachments, conditionReview.of(a.getId()).stream().map(c -> new ConditionView(
            c.point().code(), c.point().citation(), c.statement(), verdict(c, ConditionReview.Step.RECOMMENDER),
            verdict(c, ConditionReview.Step.OFFICE))).toList());
  }

  private static VerdictView verdict(ConditionReview.CaseCondition condition, ConditionReview.Step step) {
    return condition.of(step).map(v -> new VerdictView(v.confirmed(), v.reason(), v.decidedAt())).orElse(null);
  }
}
