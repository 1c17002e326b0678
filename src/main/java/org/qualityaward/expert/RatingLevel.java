package org.qualityaward.expert;

import java.util.Arrays;
import java.util.Optional;

/**
 * The office's rating of a panel member (Art 9(4) 监督考核评审员), best first. The four levels are those
 * Chinese appraisals commonly use (优秀、合格、基本合格、不合格); the office types the label.
 */
enum RatingLevel {
  EXCELLENT("优秀"),
  COMPETENT("合格"),
  BASICALLY_COMPETENT("基本合格"),
  INCOMPETENT("不合格");

  private final String label;

  RatingLevel(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  /** Worse than {@code other}. */
  boolean below(RatingLevel other) {
    return ordinal() > other.ordinal();
  }

  static Optional<RatingLevel> ofLabel(String label) {
    return Arrays.stream(values()).filter(l -> l.label.equals(label)).findFirst();
  }

  /** 优秀、合格、基本合格、不合格, for messages. */
  static String labels() {
    return String.join("、", Arrays.stream(values()).map(RatingLevel::label).toList());
  }
}
