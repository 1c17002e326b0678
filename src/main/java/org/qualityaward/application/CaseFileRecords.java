package org.qualityaward.application;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.qualityaward.eligibility.Articles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a case's records say, for the case file at {@code /cases/{applicationNumber}} (issue 12): the
 * application by its number, its declarations, evidence, findings and department opinions. No access
 * check here: the case file decides who reads what and logs it.
 */
@Service
public class CaseFileRecords {

  /** One evidence file as declared (Art 16), without its content. */
  public record Evidence(Long id, String fileName, boolean tradeSecret, boolean uploaded, String contentType,
      Long sizeBytes, LocalDateTime uploadedAt) {

    /** Shown in the page itself (PDF in a frame, images inline). */
    public boolean previewable() {
      return uploaded && contentType != null
          && (contentType.equals("application/pdf") || contentType.startsWith("image/"));
    }

    public boolean pdf() {
      return "application/pdf".equals(contentType);
    }
  }

  /** A file with its content. */
  public record EvidenceContent(Evidence evidence, byte[] content) {}

  /** An eligibility finding at one checkpoint; {@code toConfirm}: passed on the declaration, 需核实. */
  public record CheckedFinding(EligibilityCheckpoint checkpoint, LocalDateTime checkedAt, String rule, String article,
      boolean passed, boolean toConfirm, String message) {

    /** The article as the Measures cite it (第十一条第（二）项). */
    public String articleLabel() {
      return Articles.chinese(article);
    }
  }

  /**
   * A unit's opinion at one of the case's steps (Art 16, 17): {@code step} and {@code verdict} in the Measures'
   * words, {@code unitCode} the recommending unit's (for its county body too) or the department's.
   */
  public record Opinion(String step, String unitCode, String verdict, String comment, String givenBy,
      LocalDateTime givenAt) {}

  /** A credit record or accident the applicant declared (Art 11(6)(7), 12(6)). */
  public record Declared(String category, String type, LocalDate date, String note) {}

  private final ApplicationRepository applications;
  private final EvidenceAttachmentRepository evidence;
  private final EvidenceFileContentRepository contents;
  private final RecordedFindingRepository findings;
  private final UnitOpinionRepository opinions;
  private final DeclaredRecordRepository declared;

  CaseFileRecords(ApplicationRepository applications, EvidenceAttachmentRepository evidence,
      EvidenceFileContentRepository contents,
      RecordedFindingRepository findings, UnitOpinionRepository opinions, DeclaredRecordRepository declared) {
    this.applications = applications;
    this.evidence = evidence;
    this.contents = contents;
    this.findings = findings;
    this.opinions = opinions;
    this.declared = declared;
  }

  @Transactional(readOnly = true)
  public Optional<Application> byNumber(String applicationNumber) {
    return applications.findByApplicationNumber(applicationNumber);
  }

  @Transactional(readOnly = true)
  public List<Evidence> evidence(Long applicationId) {
    return evidence.findByApplicationIdOrderById(applicationId).stream().map(CaseFileRecords::evidence).toList();
  }

  /** An uploaded file of the case with its content, if the case has it. */
  @Transactional(readOnly = true)
  public Optional<EvidenceContent> file(Long applicationId, Long evidenceId) {
    return evidence.findById(evidenceId)
        .filter(e -> e.getApplicationId().equals(applicationId) && e.isUploaded())
        .map(e -> new EvidenceContent(evidence(e), contents.bytesOf(e.getId())));
  }

  @Transactional(readOnly = true)
  public List<CheckedFinding> findings(Long applicationId) {
    return findings.findByApplicationIdOrderById(applicationId).stream()
        .map(f -> {
          var finding = f.toFinding();
          return new CheckedFinding(f.getCheckpoint(), f.getCheckedAt(), finding.rule(), finding.article(),
              finding.passed(), finding.toConfirm(), finding.message());
        })
        .toList();
  }

  @Transactional(readOnly = true)
  public List<Opinion> opinions(Long applicationId) {
    return opinions.findByApplicationIdOrderById(applicationId).stream()
        .map(o -> new Opinion(o.getStep().label(), o.getUnitCode(), o.getStep().verdict(o.isApproved()), o.getComment(),
            o.getGivenBy(), o.getGivenAt()))
        .toList();
  }

  @Transactional(readOnly = true)
  public List<Declared> declarations(Long applicationId) {
    return declared.findByApplicationIdOrderByRecordDate(applicationId).stream()
        .map(d -> new Declared(d.getCategory(), d.getType(), d.getRecordDate(), d.getNote()))
        .toList();
  }

  private static Evidence evidence(EvidenceAttachment e) {
    return new Evidence(e.getId(), e.getFileName(), e.isTradeSecret(), e.isUploaded(), e.getContentType(),
        e.getSizeBytes(), e.getUploadedAt());
  }
}
