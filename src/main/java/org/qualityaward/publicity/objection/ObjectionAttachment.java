package org.qualityaward.publicity.objection;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.qualityaward.publicity.ObjectionUpload;

/** The file an objector attached (at most one per objection); only the publicity's handlers read it. */
@Entity
@Table(name = "objection_attachment")
public class ObjectionAttachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long objectionId;

  @Column(nullable = false)
  private String fileName;

  @Column(nullable = false)
  private String contentType;

  @Column(nullable = false)
  private long sizeBytes;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] content;

  @Column(nullable = false)
  private LocalDateTime uploadedAt;

  protected ObjectionAttachment() {
  }

  ObjectionAttachment(Long objectionId, ObjectionUpload upload, LocalDateTime uploadedAt) {
    this.objectionId = objectionId;
    this.fileName = upload.file().name();
    this.contentType = upload.file().type().contentType();
    this.content = upload.file().content();
    this.sizeBytes = content.length;
    this.uploadedAt = uploadedAt;
  }

  public Long getId() { return id; }
  public Long getObjectionId() { return objectionId; }
  public String getFileName() { return fileName; }
  public String getContentType() { return contentType; }
  public long getSizeBytes() { return sizeBytes; }
  public byte[] getContent() { return content; }
  public LocalDateTime getUploadedAt() { return uploadedAt; }
}
