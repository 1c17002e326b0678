package org.qualityaward.complaint;

enum ComplaintOutcome {
  /** 经核实不属实（或不构成撤销情形）. */
  UNFOUNDED,
  /** 属实，领导小组决定撤销. */
  REVOKED,
  /** 属实，领导小组决定不予撤销. */
  NOT_REVOKED,
  /** 荣誉此前已撤销，无需再次撤销. */
  ALREADY_REVOKED,
  /** 关于参评对象或评审工作人员的投诉举报经核实属实，由市质强办依规处理. */
  FOUNDED,
  /** 关于参评对象的投诉举报经核实属实，取消其参评资格（第九条第六项、第十七条）. */
  DISQUALIFIED
}
