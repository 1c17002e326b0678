package org.qualityaward.application;

import java.util.List;
import org.qualityaward.calendar.WorkingDayCalendar;
import org.qualityaward.edition.EditionService;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.kernel.NotFoundException;
import org.qualityaward.upload.RefusedFileException;
import org.qualityaward.upload.UploadedFile;
import org.qualityaward.upload.UploadedFiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The files behind the evidence list of an application (Art 16 证实性材料), each with its trade-secret mark. */
@Service
class EvidenceFiles {

  private final ApplicationCases cases;
  private final EvidenceAttachmentRepository evidence;
  private final EvidenceFileContentRepository contents;
  private final CaseReaders readers;
  private final EditionService editions;
  private final WorkingDayCalendar calendar;

  EvidenceFiles(ApplicationCases cases, EvidenceAttachmentRepository evidence,
      EvidenceFileContentRepository contents, CaseReaders readers,
      EditionService editions, WorkingDayCalendar calendar) {
    this.cases = cases;
    this.evidence = evidence;
    this.contents = contents;
    this.readers = readers;
    this.editions = editions;
    this.calendar = calendar;
  }

  /**
   * Stores a file: it fills the declared entry of the same name, or adds one. The mark must be
   * given explicitly with every file, as SECRETS (Art 16) asks. The file must be what
   * {@link UploadedFiles} takes; its stored type comes from its content, not from the client.
   */
  @Transactional
  public EvidenceAttachment upload(Long applicationId, String fileName, Boolean tradeSecret, byte[] content) {
    Application application = cases.get(applicationId);
    readers.checkMayAddEvidence(application);
    if (tradeSecret == null) {
      throw new InvalidInputException(List.of(new FieldProblem("tradeSecret", "必须注明是否涉及商业秘密（第十六条）")));
    }
    UploadedFile file;
    try {
      file = UploadedFiles.check(fileName, content);
    } catch (RefusedFileException e) {
      throw new InvalidInputException(List.of(new FieldProblem("file", e.getMessage())));
    }
    if (application.isClosed()) {
      throw new ConflictException("申报 " + application.getApplicationNumber() + " 已结束，不能再上传材料");
    }
    EvidenceAttachment attachment = evidence.findByApplicationIdOrderById(applicationId).stream()
        .filter(e -> e.getFileName().equals(file.name()) && !e.isUploaded())
        .findFirst()
        .orElseGet(() -> evidence.save(new EvidenceAttachment(applicationId, file.name(), tradeSecret)));
    attachment.upload(tradeSecret, file.type().contentType(), file.content().length, calendar.now());
    application.evidenceChanged();
    contents.findById(attachment.getId()).orElseThrow().store(file.content());
    return attachment;
  }

  /**
   * A file's trade-secret mark corrected (Art 16: 涉及商业秘密的应当予以注明), by whoever may add evidence now
   * (the applicant until its recommending unit decides, the office): a wrong 否 no longer opens it to every reader.
   */
  @Transactional
  public EvidenceAttachment mark(Long applicationId, Long evidenceId, Boolean tradeSecret) {
    Application application = cases.get(applicationId);
    readers.checkMayAddEvidence(application);
    if (tradeSecret == null) {
      throw new InvalidInputException(List.of(new FieldProblem("tradeSecret", "必须注明是否涉及商业秘密（第十六条）")));
    }
    EvidenceAttachment attachment = entry(application, evidenceId);
    attachment.mark(tradeSecret);
    application.evidenceChanged();
    return attachment;
  }

  /** A file uploaded by mistake withdrawn, by whoever may add evidence now; the file is gone with its entry. */
  @Transactional
  public String withdraw(Long applicationId, Long evidenceId) {
    Application application = cases.get(applicationId);
    readers.checkMayAddEvidence(application);
    EvidenceAttachment attachment = entry(application, evidenceId);
    evidence.delete(attachment);
    application.evidenceChanged();
    return attachment.getFileName();
  }

  private EvidenceAttachment entry(Application application, Long evidenceId) {
    return evidence.findById(evidenceId).filter(e -> e.getApplicationId().equals(application.getId()))
        .orElseThrow(() -> new NotFoundException("申报 " + application.getApplicationNumber() + " 没有材料 " + evidenceId));
  }

  /** An uploaded file: its entry and its bytes. */
  record DownloadedEvidence(EvidenceAttachment entry, byte[] content) {}

  @Transactional(readOnly = true)
  DownloadedEvidence download(Long applicationId, Long evidenceId) {
    Application application = cases.get(applicationId);
    readers.checkMayRead(application);
    EvidenceAttachment attachment = evidence.findById(evidenceId)
        .filter(e -> e.getApplicationId().equals(applicationId) && e.isUploaded())
        .orElseThrow(() -> new NotFoundException("申报 " + application.getApplicationNumber() + " 没有已上传的材料 " + evidenceId));
    readers.checkMayReadEvidence(application, attachment);
    return new DownloadedEvidence(attachment, contents.bytesOf(evidenceId));
  }
}
