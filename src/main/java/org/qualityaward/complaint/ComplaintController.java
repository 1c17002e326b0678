package org.qualityaward.complaint;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDateTime;
import org.qualityaward.forms.ContactDetails;
import org.qualityaward.honour.Honours;
import org.qualityaward.identity.Role;
import org.qualityaward.kernel.NotFoundException;
import org.qualityaward.web.PublicSubmission;
import org.qualityaward.web.ReceiptLookup;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/complaints}: anyone, under real name with a contact, about any honour, a candidate in the
 * evaluation or a person working on the award ({@code subject}, Art 9(6), 29; public, rate-limited); the quality office, logged in, also enters spot checks, accident reports and Art 26
 * misuse with {@code source}. {@code GET /api/complaints/{receipt}}: public status and answer;
 * {@code GET /api/complaints/{receipt}/complainant}: who filed it, for the quality office.
 */
@RestController
@RequestMapping("/api/complaints")
class ComplaintController {

  record ComplaintRequest(
      @NotBlank(message = "请填写投诉举报人真实姓名")
      @Size(min = 2, max = 50, message = "投诉举报人姓名应为2至50个字")
      String complainantName,

      @ContactDetails
      String contact,

      /** HOLDER (default) with honourId, CANDIDATE with applicationId, AWARD_STAFF with personName and personRole. */
      ComplaintSubject subject,

      Long honourId,

      Long applicationId,

      String personName,

      String personRole,

      @NotBlank(message = "请填写投诉举报的事实和理由")
      @Size(min = 10, max = 2000, message = "投诉举报的事实和理由应为10至2000个字")
      String grounds,

      /** PUBLIC (default) 投诉举报; office only: SPOT_CHECK, ACCIDENT_REPORT, ADVERTISING_MISUSE. */
      ComplaintSource source) {}

  record ComplaintReceipt(String receiptNumber, Long complaintId) {}

  /** What anyone with the receipt number sees: no name or contact of the complainant. */
  record ComplaintStatus(String receiptNumber, ComplaintSubject subject, String subjectLabel, Long honourId,
      String holderName, ComplaintSource source,
      String sourceLabel, LocalDateTime filedAt, ComplaintState state, ComplaintOutcome outcome, String answer,
      LocalDateTime concludedAt) {}

  /** Who filed a complaint, for its handlers; the verification task links here. */
  record ComplainantView(String receiptNumber, ComplaintSource source, String sourceLabel, String complainantName,
      String contact, LocalDateTime filedAt, String enteredBy) {}

  private final Complaints complaints;
  private final Honours honours;

  ComplaintController(Complaints complaints, Honours honours) {
    this.complaints = complaints;
    this.honours = honours;
  }

  @PostMapping
  @PublicSubmission
  ResponseEntity<ComplaintReceipt> file(@Valid @RequestBody ComplaintRequest body, HttpServletRequest request) {
    boolean office = request.isUserInRole(Role.QUALITY_OFFICE.name());
    String user = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
    Complaint c = complaints.file(new Complaints.FileComplaint(body.complainantName(), body.contact(), body.subject(),
        body.honourId(), body.applicationId(), body.personName(), body.personRole(), body.grounds(), body.source(),
        user, office));
    return ResponseEntity.created(URI.create("/api/complaints/" + c.getReceiptNumber()))
        .body(new ComplaintReceipt(c.getReceiptNumber(), c.getId()));
  }

  @GetMapping("/{receiptNumber}/complainant")
  ComplainantView complainant(@PathVariable("receiptNumber") String receiptNumber) {
    Complaint c = complaints.complainant(receiptNumber);
    return new ComplainantView(c.getReceiptNumber(), c.getSource(), c.getSource().label(), c.getComplainantName(),
        c.getContact(), c.getFiledAt(), c.getEnteredBy());
  }

  @GetMapping("/{receiptNumber}")
  @ReceiptLookup
  @Transactional(readOnly = true)
  ComplaintStatus status(@PathVariable("receiptNumber") String receiptNumber) {
    Complaint c = complaints.findByReceiptNumber(receiptNumber)
        .orElseThrow(() -> new NotFoundException("投诉举报受理编号 " + receiptNumber + " 不存在"));
    boolean concluded = c.getState() == ComplaintState.CONCLUDED;
    String holderName = c.getHonourId() == null ? null : honours.get(c.getHonourId()).getHolderName();
    return new ComplaintStatus(c.getReceiptNumber(), c.getSubject(), c.getSubject().label(), c.getHonourId(),
        holderName, c.getSource(), c.getSource().label(), c.getFiledAt(), c.getState(), concluded ? c.getOutcome() : null,
        concluded ? c.getAnswer() : null, c.getConcludedAt());
  }
}
