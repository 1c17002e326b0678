package org.qualityaward.application;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The quality office's case register (Art 9(2)): every case, filtered and paged in the database. */
@Service
@Transactional(readOnly = true)
class CaseRegister {

  /** Rows read at a time when the whole filtered list is exported. */
  private static final int BATCH = 500;

  private final ApplicationRepository applications;

  CaseRegister(ApplicationRepository applications) {
    this.applications = applications;
  }

  /** One page of the register and how many cases the filter matches in all. */
  record Page(List<CaseRow> rows, long total, int page, int size) {

    public int pages() {
      return (int) Math.max(1, (total + size - 1) / size);
    }
  }

  /** Page {@code page} (0-based) of {@code size} rows. */
  Page find(CaseFilter filter, CaseOrder order, boolean descending, int page, int size) {
    long total = applications.countRows(filter);
    int last = (int) Math.max(0, (total - 1) / size);
    int shown = Math.min(Math.max(page, 0), last);
    return new Page(applications.findRows(filter, order, descending, shown * size, size), total, shown, size);
  }

  /** Every row the filter matches, in batches, so that an export never holds all cases at once. */
  void forEachBatch(CaseFilter filter, CaseOrder order, boolean descending, Consumer<List<CaseRow>> action) {
    for (int offset = 0; ; offset += BATCH) {
      List<CaseRow> batch = applications.findRows(filter, order, descending, offset, BATCH);
      action.accept(batch);
      if (batch.size() < BATCH) {
        return;
      }
    }
  }
}
