package org.qualityaward.applicant;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.qualityaward.platform.EncryptedColumn;

/**
 * A guided application being filled in (申报草稿), one per user and edition, kept between visits. What
 * was typed is one JSON object of the form's fields, encrypted at rest: it may hold an ID number.
 */
@Entity
class ApplicationDraft {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  private long version;

  private String userId;
  private Long editionId;

  @Convert(converter = EncryptedColumn.class)
  private String form;

  private LocalDateTime updatedAt;

  protected ApplicationDraft() {}

  ApplicationDraft(String userId, Long editionId, LocalDateTime at) {
    this.userId = userId;
    this.editionId = editionId;
    this.form = "{}";
    this.updatedAt = at;
  }

  void save(String form, LocalDateTime at) {
    this.form = form;
    this.updatedAt = at;
  }

  Long getId() { return id; }
  String getUserId() { return userId; }
  Long getEditionId() { return editionId; }
  String getForm() { return form; }
  LocalDateTime getUpdatedAt() { return updatedAt; }
}
