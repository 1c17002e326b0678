package org.qualityaward.applicant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** An evidence file uploaded into a draft, checked like every upload, with its trade-secret mark (Art 16). */
@Entity
@Table(name = "application_draft_file")
class DraftFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long draftId;
  private String fileName;
  private boolean tradeSecret;
  private String contentType;
  private Long sizeBytes;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] content;

  private LocalDateTime uploadedAt;

  protected DraftFile() {}

  DraftFile(Long draftId, String fileName, boolean tradeSecret, String contentType, byte[] content, LocalDateTime at) {
    this.draftId = draftId;
    this.fileName = fileName;
    this.tradeSecret = tradeSecret;
    this.contentType = contentType;
    this.content = content;
    this.sizeBytes = (long) content.length;
    this.uploadedAt = at;
  }

  public Long getId() { return id; }
  public Long getDraftId() { return draftId; }
  public String getFileName() { return fileName; }
  public boolean isTradeSecret() { return tradeSecret; }
  public String getContentType() { return contentType; }
  public Long getSizeBytes() { return sizeBytes; }
  public byte[] getContent() { return content; }
  public LocalDateTime getUploadedAt() { return uploadedAt; }
}
