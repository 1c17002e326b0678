package org.qualityaward.publicity.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.qualityaward.publicity.ObjectionReceipt;
import org.qualityaward.publicity.ObjectionRequest;
import org.qualityaward.publicity.ObjectionStatusView;
import org.qualityaward.publicity.PublicityView;
import org.qualityaward.publicity.PublicityViews;
import org.qualityaward.publicity.objection.Objection;
import org.qualityaward.publicity.objection.ObjectionAttachment;
import org.qualityaward.publicity.objection.ObjectionService;
import org.qualityaward.web.PublicSubmission;
import org.qualityaward.web.ReceiptLookup;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public publicity API (no login): the lists on publicity, filing and following objections. The
 * objector's identity and attachment are for the handlers only.
 */
@RestController
@RequestMapping("/api")
class PublicityController {

  private final PublicityViews views;
  private final ObjectionService objections;

  PublicityController(PublicityViews views, ObjectionService objections) {
    this.views = views;
    this.objections = objections;
  }

  /** Running publicities and those ended within {@code qa.publicity.recently-ended-days}. */
  @GetMapping("/publicities")
  public List<PublicityView> current() {
    return views.current();
  }

  /** Files an objection (Art 21): 201 with the receipt number. */
  @PostMapping("/publicities/{id}/objections")
  @PublicSubmission
  public ResponseEntity<ObjectionReceipt> file(@PathVariable("id") Long id,
      @Valid @RequestBody ObjectionRequest body) {
    ObjectionReceipt receipt = views.file(id, body, null);
    return ResponseEntity.created(URI.create("/api/objections/" + receipt.receiptNumber())).body(receipt);
  }

  /** State and, once concluded, the answer of an objection. */
  @GetMapping("/objections/{receiptNumber}")
  @ReceiptLookup
  public ObjectionStatusView objection(@PathVariable("receiptNumber") String receiptNumber) {
    return views.objection(receiptNumber);
  }

  /** Who objected (real name, contact), for the publicity's handler group and the quality office (login required). */
  @GetMapping("/objections/{receiptNumber}/objector")
  public ObjectorView objector(@PathVariable("receiptNumber") String receiptNumber) {
    Objection o = objections.objector(receiptNumber);
    return new ObjectorView(o.getReceiptNumber(), o.getObjectorName(), o.getContact(), o.getFiledAt());
  }

  /** The objector's attachment, for the publicity's handler group and the quality office (login required). */
  @GetMapping("/objections/{receiptNumber}/attachment")
  public ResponseEntity<byte[]> attachment(@PathVariable("receiptNumber") String receiptNumber) {
    ObjectionAttachment a = objections.downloadAttachment(receiptNumber);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(a.getContentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(a.getFileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(a.getContent());
  }
}
