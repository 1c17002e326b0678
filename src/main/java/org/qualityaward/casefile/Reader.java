package org.qualityaward.casefile;

/** Who opens a case file, and what they read of it. */
record Reader(String userId, Level level, String role) {

  /** From most to least: each level reads what the ones below it read. */
  enum Level {
    /** The quality office and administrators: everything, panels and scores, objectors' identity, the access log. */
    OFFICE,
    /** The recommending unit, its county body, a consulted department: the materials and the history. */
    PARTY,
    /** A drawn panel member until the panel's report is accepted: the materials; trade secrets after the undertaking. */
    PANEL,
    /** The leading group and the city government: the case's summary and results. */
    SUMMARY
  }

  public boolean office() {
    return level == Level.OFFICE;
  }

  /** Reads the materials, findings, publicities, opinions and history. */
  public boolean materials() {
    return level != Level.SUMMARY;
  }
}
