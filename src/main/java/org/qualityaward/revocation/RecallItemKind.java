package org.qualityaward.revocation;

import java.util.List;
import org.qualityaward.honour.AwardLevel;

/**
 * What a revoked holder returns (Art 30), i.e. what it received (Art 24): an award carries prize
 * money, certificate, plaque and trophy; a nomination a certificate and a plaque.
 */
enum RecallItemKind {
  TROPHY("水晶鼎（杯）"),
  PLAQUE("奖牌"),
  CERTIFICATE("证书"),
  PRIZE_MONEY("奖金");

  private final String label;

  RecallItemKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static List<RecallItemKind> forLevel(AwardLevel level) {
    return level == AwardLevel.AWARD
        ? List.of(TROPHY, PLAQUE, CERTIFICATE, PRIZE_MONEY)
        : List.of(PLAQUE, CERTIFICATE);
  }
}
