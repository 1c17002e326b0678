package org.qualityaward.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last receipt number given in one series and year ({@code YY-2026}). */
@Entity
@Table(name = "receipt_counter")
class ReceiptCounter {

  @Id
  @Column(length = 20)
  private String id;

  @Column(nullable = false)
  private long lastNumber;

  protected ReceiptCounter() {}

  ReceiptCounter(String id) {
    this.id = id;
  }

  long next() {
    return ++lastNumber;
  }
}
