package org.qualityaward.evaluation;

import java.util.List;
import org.qualityaward.application.ApplicationCases;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.expert.PanelDraws;
import org.springframework.stereotype.Component;

/** What the {@code panel-review} models ask about a panel: who scores, who leads, which sheet. */
@Component("panelReviews")
public class PanelReviews {

  private final PanelDraws draws;
  private final ApplicationCases cases;

  PanelReviews(PanelDraws draws, ApplicationCases cases) {
    this.draws = draws;
    this.cases = cases;
  }

  /** A member scores an organization on the GB/T 19580 sheet, an individual on the individual one. */
  public boolean scoresOrganization(Long applicationId) {
    return cases.get(applicationId).getKind() == ApplicationKind.ORGANIZATION;
  }

  public List<String> memberUserIds(Long drawId) {
    return draws.memberUserIds(drawId);
  }

  /** The leader of the case's latest draw: a redraw may have replaced the first leader. */
  public String leaderUserId(Long drawId) {
    return draws.leaderUserId(drawInForce(drawId));
  }

  /** The draw that replaced {@code drawId} last (itself if none): its members are the ones who scored. */
  Long drawInForce(Long drawId) {
    return draws.latest(drawId).getId();
  }
}
