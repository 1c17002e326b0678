package org.qualityaward.revocation;

import java.util.List;
import org.qualityaward.honour.AwardLevel;

/**
 * What a revoked holder returns (Art 30), i.e. what it received with the honour (Art 24): an award carries
 * certificate, plaque and trophy, and prize money when it was paid (Art 23: not on a renewal, Art 33); a nomination
 * a certificate and a plaque.
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

  public static List<RecallItemKind> forHonour(AwardLevel level, boolean prizePaid) {
    if (level != AwardLevel.AWARD) {
      return List.of(PLAQUE, CERTIFICATE);
    }
    return prizePaid ? List.of(TROPHY, PLAQUE, CERTIFICATE, PRIZE_MONEY) : List.of(TROPHY, PLAQUE, CERTIFICATE);
  }
}
