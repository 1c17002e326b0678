package org.qualityaward.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.kernel.ConflictException;
import org.qualityaward.kernel.InvalidInputException;
import org.qualityaward.review.ReviewStage;
import org.qualityaward.testing.ProcessTest;
import org.qualityaward.testing.SampleApplications;
import org.qualityaward.testing.SampleExperts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Art 9(4), 10: the office's ratings stay with the expert; one rated below qa.experts.exclude-below is left
 * out of draws with the reason in the draw's log until the office reinstates them, then drawn again.
 */
@ProcessTest
class ExpertRatingsTest {

  private static final String OFFICER = "office-rater";

  @Autowired ExpertPool pool;
  @Autowired ExpertRatings ratings;
  @Autowired PanelDraws draws;
  @Autowired IdentityService identityService;

  @Test
  @DisplayName("Art 9(4): 不合格 leaves the expert out of the next draw, logged; reinstated with a reason, they are drawn again; the history keeps both")
  void poorlyRatedExpertExcludedUntilReinstated() {
    SampleExperts.ensurePool(pool, identityService, 4);
    // two experts of a case industry nobody else uses: who takes the industry seat is certain
    List<String> c31 = SampleExperts.ensureIndustry(pool, identityService, "C31", 2, 8970);
    PanelDraw panel = draws.draw(request(), 3);
    String leader = draws.leaderUserId(panel.getId());
    Expert poor = expert(leader);
    Expert other = expert(c31.get(0).equals(leader) ? c31.get(1) : c31.get(0));
    List<String> members = draws.memberUserIds(panel);
    List<MemberFacts> facts = members.stream().map(m -> new MemberFacts(m, LocalDateTime.of(2026, 3, 16, 23, 59, 59),
        LocalDateTime.of(2026, 3, 20, 10, 0), new BigDecimal("-2.50"), false, false, null)).toList();
    int leaderNo = members.indexOf(leader) + 1;
    StringBuilder lines = new StringBuilder(leaderNo + " 不合格 评分逾期四天\n");
    for (int i = 1; i <= members.size(); i++) {
      if (i != leaderNo) {
        lines.append(i).append(" 合格\n");
      }
    }

    ratings.rate(panel.getId(), facts, lines.toString(), OFFICER);
    assertThatThrownBy(() -> ratings.rate(panel.getId(), facts, lines.toString(), OFFICER))
        .isInstanceOf(ConflictException.class).hasMessageContaining("已考核");

    ExpertRatings.History history = ratings.history(poor.getId());
    assertThat(history.standing().ratedOut()).isTrue();
    assertThat(history.standing().latest()).contains(RatingLevel.INCOMPETENT);
    assertThat(history.ratings()).singleElement().satisfies(entry -> {
      assertThat(entry.rating().getRatedBy()).isEqualTo(OFFICER);
      assertThat(entry.rating().getDrawId()).isEqualTo(panel.getId());
      assertThat(entry.rating().facts(leader).scoredOnTime()).isFalse();
      assertThat(entry.rating().facts(leader).deviationPercent()).isEqualByComparingTo("-2.50");
    });

    PanelDraw next = draws.draw(request(), 3);
    assertThat(next.getExclusions()).contains(new DrawExclusion(poor.getId(), ExclusionReason.RATED_OUT));
    assertThat(next.getCandidates()).filteredOn(c -> c.expertId().equals(poor.getId())).singleElement()
        .satisfies(c -> assertThat(c.ratedOut()).isTrue());
    assertThat(next.getMemberIds()).doesNotContain(poor.getId()).contains(other.getId());
    assertThat(draws.reproduces(next)).isTrue();

    assertThatThrownBy(() -> ratings.reinstate(poor.getId(), "  ", OFFICER))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");
    ExpertRatings.History reinstated = ratings.reinstate(poor.getId(), "经约谈核实，逾期系临时出差所致", OFFICER);
    assertThat(reinstated.standing().ratedOut()).isFalse();
    assertThat(reinstated.ratings().get(0).reinstatement()).hasValueSatisfying(x -> {
      assertThat(x.getReason()).isEqualTo("经约谈核实，逾期系临时出差所致");
      assertThat(x.getReinstatedBy()).isEqualTo(OFFICER);
    });
    assertThatThrownBy(() -> ratings.reinstate(poor.getId(), "再次恢复", OFFICER))
        .isInstanceOf(ConflictException.class).hasMessageContaining("无需恢复");

    // the other C31 expert out for a moment: the reinstated one is the only one who can take the seat
    pool.setActive(other.getId(), false, pool.get(other.getId()).getVersion());
    try {
      PanelDraw again = draws.draw(request(), 3);
      assertThat(again.getExclusions()).noneMatch(x -> x.expertId().equals(poor.getId()));
      assertThat(again.getMemberIds()).contains(poor.getId());
    } finally {
      pool.setActive(other.getId(), true, pool.get(other.getId()).getVersion());
    }
  }

  private static DrawRequest request() {
    return new DrawRequest(990_031L, ReviewStage.DOCUMENT_REVIEW, "C3110", SampleApplications.creditCode("130602", 9931),
        null, null, null);
  }

  private Expert expert(String userId) {
    return pool.all().stream().filter(e -> e.getUserId().equals(userId)).findFirst().orElseThrow();
  }
}
