package org.qualityaward.evaluation;

import java.util.List;
import org.qualityaward.expert.PanelDraws;
import org.springframework.stereotype.Component;

/** What the {@code panel-review} model asks about its panel: who scores, who leads. */
@Component("panelReviews")
public class PanelReviews {

  private final PanelDraws draws;

  PanelReviews(PanelDraws draws) {
    this.draws = draws;
  }

  public List<String> memberUserIds(Long drawId) {
    return draws.memberUserIds(drawId);
  }

  /** The leader of the case's latest draw: a redraw may have replaced the first leader. */
  public String leaderUserId(Long drawId) {
    return draws.leaderUserId(draws.latest(drawId).getId());
  }
}
