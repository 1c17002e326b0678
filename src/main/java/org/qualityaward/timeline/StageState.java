package org.qualityaward.timeline;

/** Where a stage stands against its plan. */
enum StageState {
  NOT_STARTED("未开始"),
  RUNNING("进行中"),
  /** Still running after its planned end. */
  OVERDUE("逾期"),
  ENDED("已结束"),
  /** Ended, but after its planned end (e.g. a publicity held open by an objection). */
  ENDED_LATE("已结束（逾期）"),
  /** The edition ended without reaching it (no accepted cases). */
  SKIPPED("未进行");

  private final String label;

  StageState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  boolean late() {
    return this == OVERDUE || this == ENDED_LATE;
  }
}
