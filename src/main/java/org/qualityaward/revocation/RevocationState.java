package org.qualityaward.revocation;

enum RevocationState {
  /** 待领导小组审议: verified by the office, waiting for the meeting. */
  PROPOSED,
  /** 决定不予撤销. */
  NOT_REVOKED,
  /** 已撤销，收回中: revoked, banned, announced; items still out. */
  RECALLING,
  /** 已撤销，收回完毕. */
  COMPLETED
}
