package org.qualityaward.publicity;

public enum PublicityState {
  /** 公示中: objections are accepted. */
  RUNNING,
  /** 公示期满: no new objections; open objections are still being handled. */
  PERIOD_ENDED,
  /** 公示结束: period over and every objection concluded. */
  CONCLUDED
}
