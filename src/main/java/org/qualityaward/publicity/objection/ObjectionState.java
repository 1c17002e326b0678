package org.qualityaward.publicity.objection;

public enum ObjectionState {
  /** 已登记: stored by the API, the objection process not yet started. */
  REGISTERED("已登记"),
  /** 调查核实中: accepted by the objection process, handled by the publicity's handler group. */
  INVESTIGATING("调查核实中"),
  /** 已办结: concluded and the objector answered. */
  CONCLUDED("已办结"),
  /** 不再办理: its publicity was withdrawn while it was handled; the objector is told so. */
  CLOSED("公示已撤回，不再办理");

  private final String label;

  ObjectionState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
