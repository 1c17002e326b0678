package org.qualityaward.application;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

/**
 * Evidence of an application (证实性材料), declared at submission with its trade-secret mark (Art
 * 16); the file itself may be uploaded with the declaration or later.
 */
@Entity
class EvidenceAttachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long applicationId;
  private String fileName;
  private boolean tradeSecret;
  private String contentType;
  private Long sizeBytes;

  // the bytes are in EvidenceFileContent (same row): lists of a case's files never load them

  private LocalDateTime uploadedAt;

  protected EvidenceAttachment() {}

  EvidenceAttachment(Long applicationId, String fileName, boolean tradeSecret) {
    this.applicationId = applicationId;
    this.fileName = fileName;
    this.tradeSecret = tradeSecret;
  }

  void upload(boolean tradeSecret, String contentType, long sizeBytes, LocalDateTime at) {
    this.tradeSecret = tradeSecret;
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
    this.uploadedAt = at;
  }

  /** Art 16 (涉及商业秘密的应当予以注明): the applicant's corrected mark. */
  void mark(boolean tradeSecret) {
    this.tradeSecret = tradeSecret;
  }

  public Long getId() { return id; }
  public Long getApplicationId() { return applicationId; }
  public String getFileName() { return fileName; }
  public boolean isTradeSecret() { return tradeSecret; }
  public String getContentType() { return contentType; }
  public Long getSizeBytes() { return sizeBytes; }
  boolean isUploaded() { return uploadedAt != null; }
  public LocalDateTime getUploadedAt() { return uploadedAt; }
}
