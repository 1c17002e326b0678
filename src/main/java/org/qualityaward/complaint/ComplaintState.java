package org.qualityaward.complaint;

enum ComplaintState {
  /** 已登记: stored, the process not yet at verification. */
  REGISTERED,
  /** 核实中: the quality office verifies. */
  VERIFYING,
  /** 领导小组审议撤销中: founded, the revocation case is running. */
  REVOCATION,
  /** 已办结: answered. */
  CONCLUDED
}
