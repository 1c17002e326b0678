package org.qualityaward.publicity.objection;

public enum ObjectionState {
  /** 已登记: stored by the API, the objection process not yet started. */
  REGISTERED,
  /** 调查核实中: accepted by the objection process, handled by the publicity's handler group. */
  INVESTIGATING,
  /** 已办结: concluded and the objector answered. */
  CONCLUDED
}
