package org.qualityaward.publicity.objection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Per-year counter behind receipt numbers YY-2026-000123. */
@Entity
@Table(name = "objection_receipt_counter")
public class ObjectionReceiptCounter {

  @Id
  @Column(name = "receipt_year")
  private Integer year;

  @Column(nullable = false)
  private long lastNumber;

  protected ObjectionReceiptCounter() {
  }

  public ObjectionReceiptCounter(int year) {
    this.year = year;
  }

  public long next() {
    return ++lastNumber;
  }

  public Integer getYear() { return year; }
}
