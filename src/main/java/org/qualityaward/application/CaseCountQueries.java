package org.qualityaward.application;

import java.util.List;

/** ApplicationRepository's counts by stage and outcome ({@link CaseCountQueriesImpl}). */
interface CaseCountQueries {

  /** The cases of one edition by stage and outcome: the edition timeline. */
  List<CaseCount> countByStageAndOutcome(Long editionId);

  /** The same over all editions and renewals: the cases-per-stage gauge. */
  List<CaseCount> countAllByStageAndOutcome();
}
