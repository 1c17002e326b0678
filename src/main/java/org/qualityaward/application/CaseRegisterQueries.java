package org.qualityaward.application;

import java.util.List;

/** ApplicationRepository's case register ({@link CaseRegisterQueriesImpl}): filtered, ordered, paged in the database. */
interface CaseRegisterQueries {

  /** At most {@code limit} rows from {@code offset}, in {@code order} then by id. */
  List<CaseRow> findRows(CaseFilter filter, CaseOrder order, boolean descending, int offset, int limit);

  long countRows(CaseFilter filter);
}
