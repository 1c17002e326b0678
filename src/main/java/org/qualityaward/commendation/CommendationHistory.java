package org.qualityaward.commendation;

import java.util.List;
import org.qualityaward.honour.HonourHistory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The commendation part of an honour's history: what was handed over (Art 23, 24, 33). */
@Component
class CommendationHistory implements HonourHistory {

  private final CommendationRepository commendations;

  CommendationHistory(CommendationRepository commendations) {
    this.commendations = commendations;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Event> eventsOf(Long honourId) {
    return commendations.findByHonourId(honourId).stream()
        .map(c -> new Event(c.getAwardedOn().atStartOfDay(), "COMMENDED", handedOver(c), c.getId()))
        .toList();
  }

  private static String handedOver(Commendation c) {
    StringBuilder text = new StringBuilder("颁发证书 ").append(c.getCertificateNumber()).append("、奖牌");
    if (c.isTrophy()) {
      text.append("、水晶鼎（杯）");
    }
    if (c.getPrizeMoney() > 0) {
      text.append("、奖金 ").append(c.getPrizeMoney()).append(" 元");
    }
    return text.append(c.getRenewalOfHonourId() == null ? "" : "（复评后重新颁发，第三十三条）").toString();
  }
}
