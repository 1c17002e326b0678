package org.qualityaward.revocation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** One thing a revoked holder has to return (Art 30), tracked until it is back. */
@Entity
@Table(name = "recall_item")
class RecallItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private Long revocationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RecallItemKind item;

  /** The honour it was handed over with: the revoked one, or one a renewal reissued from it. */
  @Column(nullable = false)
  private Long honourId;

  /** Handed over with an honour a renewal reissued from the revoked one (Art 33), not with the award itself. */
  private boolean reissued;

  private LocalDate returnedOn;
  private String note;
  private String recordedBy;

  @Version
  private long version;

  protected RecallItem() {}

  RecallItem(Long revocationId, RecallItemKind item, Long honourId, boolean reissued) {
    this.revocationId = revocationId;
    this.item = item;
    this.honourId = honourId;
    this.reissued = reissued;
  }

  /** What the office and the holder read: the reissued honour's items say so. */
  String label() {
    return reissued ? "复评换发的" + item.label() : item.label();
  }

  void returned(LocalDate on, String note, String recordedBy) {
    if (returnedOn != null) {
      throw new IllegalStateException(label() + " 已于 " + returnedOn + " 收回");
    }
    this.returnedOn = on;
    this.note = note;
    this.recordedBy = recordedBy;
  }

  public Long getId() { return id; }
  public Long getRevocationId() { return revocationId; }
  public RecallItemKind getItem() { return item; }
  public boolean isReissued() { return reissued; }
  public LocalDate getReturnedOn() { return returnedOn; }
  public String getNote() { return note; }
  public String getRecordedBy() { return recordedBy; }
}
