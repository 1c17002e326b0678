package org.qualityaward.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Per-year counter behind receipt numbers TS-2026-000123. */
@Entity
@Table(name = "complaint_receipt_counter")
class ComplaintReceiptCounter {

  @Id
  @Column(name = "receipt_year")
  private Integer year;

  @Column(nullable = false)
  private long lastNumber;

  protected ComplaintReceiptCounter() {}

  ComplaintReceiptCounter(int year) {
    this.year = year;
  }

  long next() {
    return ++lastNumber;
  }
}
