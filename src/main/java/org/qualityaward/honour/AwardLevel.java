package org.qualityaward.honour;

import java.util.Optional;

/**
 * The levels of 市政府质量奖 (Art 3), and the one vocabulary for them: the ranking proposes one
 * (Art 20), a case ends with one (Art 22) and an honour holds one. {@code NONE} is the ranking's
 * "no award"; honours and commendations never hold it (their tables refuse it).
 */
public enum AwardLevel {
  AWARD("市政府质量奖"),
  NOMINATION("市政府质量奖提名奖"),
  NONE("不授奖");

  private final String label;

  AwardLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * A level as the office or the leading group writes it in a form: the code (AWARD, NOMINATION, NONE, any
   * case) or its Chinese name, short names included.
   */
  public static Optional<AwardLevel> written(String word) {
    for (AwardLevel level : values()) {
      if (level.name().equalsIgnoreCase(word) || level.label().equals(word)) {
        return Optional.of(level);
      }
    }
    return switch (word) {
      case "获奖", "质量奖" -> Optional.of(AWARD);
      case "提名奖", "提名" -> Optional.of(NOMINATION);
      default -> Optional.empty();
    };
  }

  /** A level one is awarded, as opposed to the ranking's {@code NONE}. */
  public boolean isConferred() {
    return this != NONE;
  }
}
