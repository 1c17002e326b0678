package org.qualityaward.application;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A credit record or accident the applicant declared (Art 11(6)(7), 12(6)); {@link #EMPLOYER_CREDIT}
 * are a top manager's organisation's credit records (Art 12(6) → 11(6)).
 */
@Entity
@Table(name = "declared_record")
class DeclaredRecord {

  static final String CREDIT = "CREDIT";
  static final String ACCIDENT = "ACCIDENT";
  static final String EMPLOYER_CREDIT = "EMPLOYER_CREDIT";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long applicationId;
  private String category;
  private String type;
  private LocalDate recordDate;
  private String note;

  protected DeclaredRecord() {}

  DeclaredRecord(Long applicationId, String category, String type, LocalDate recordDate, String note) {
    this.applicationId = applicationId;
    this.category = category;
    this.type = type;
    this.recordDate = recordDate;
    this.note = note;
  }

  String getCategory() { return category; }
  String getType() { return type; }
  LocalDate getRecordDate() { return recordDate; }
  String getNote() { return note; }
}
