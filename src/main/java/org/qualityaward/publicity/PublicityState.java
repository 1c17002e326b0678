package org.qualityaward.publicity;

public enum PublicityState {
  /** 公示中: objections are accepted. */
  RUNNING("公示中"),
  /** 公示期满: no new objections; open objections are still being handled. */
  PERIOD_ENDED("公示期满，异议处理中"),
  /** 公示结束: period over and every objection concluded. */
  CONCLUDED("公示结束"),
  /**
   * 公示已撤回: its process was cancelled before it concluded (the case or the honour it lists ended another
   * way, an instance cancelled in Cockpit); no objections, the open ones closed with an answer.
   */
  WITHDRAWN("公示已撤回");

  private final String label;

  PublicityState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
