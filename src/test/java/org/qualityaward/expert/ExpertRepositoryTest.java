package org.qualityaward.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.testing.SampleApplications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.qualityaward.platform.PersonalDataSettings;
import org.qualityaward.review.ReviewStage;
import org.springframework.context.annotation.Import;

/** Experts and draws against the Flyway-created tables (H2 in memory). */
@DataJpaTest
// the slice maps every entity; the resident ID number columns need their cipher
@Import(PersonalDataSettings.class)
class ExpertRepositoryTest {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 5, 4, 9, 0);

  @Autowired ExpertRepository experts;
  @Autowired PanelDrawRepository draws;
  @Autowired EntityManager entityManager;

  private Expert expert(String userId, String recommenderCode, String... industries) {
    return experts.saveAndFlush(new Expert(new NewExpert(userId, "专家" + userId, "保定某检测中心",
        SampleApplications.creditCode("130606", 5), null, List.of(industries), Degree.BACHELOR, 8, "评价师培训，取得资格",
        true, true, recommenderCode, List.of()), NOW));
  }

  @Test
  @DisplayName("An expert keeps its industries in order and its recommender; the user id is unique in the pool")
  void expertRoundTrip() {
    Long id = expert("repo1", "R-JX-MSR", "C34", "C3411").getId();
    entityManager.clear();

    Expert read = experts.findByUserId("repo1").orElseThrow();
    assertThat(read.getId()).isEqualTo(id);
    assertThat(read.getIndustries()).containsExactly("C34", "C3411");
    assertThat(read.getRecommenderCode()).isEqualTo("R-JX-MSR");
    assertThat(read.isActive()).isTrue();
    assertThat(read.getVersion()).isZero();

    assertThatThrownBy(() -> expert("repo1", null, "C26")).isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  @DisplayName("A draw keeps candidates, exclusions, members in order, declared conflicts and what it replaced")
  void drawRoundTrip() {
    Expert a = expert("repo2", null, "C34");
    Expert b = expert("repo3", "R-JX-MSR", "C26");
    Expert c = expert("repo4", null, "I65");
    Expert d = expert("repo5", null, "C30");
    List<DrawCandidate> candidates = List.of(DrawCandidate.of(a, false), DrawCandidate.of(b, false), DrawCandidate.of(c, false),
        DrawCandidate.of(d, false));
    DrawRequest request = new DrawRequest(9L, ReviewStage.ONSITE_REVIEW, "C34", "91130602MA0E12342B", null,
        "R-JX-MSR", Set.of(d.getId()));
    PanelDrawRule.Result result = new PanelDrawRule.Result(
        List.of(new DrawExclusion(b.getId(), ExclusionReason.SERVED_RECOMMENDER),
            new DrawExclusion(d.getId(), ExclusionReason.DECLARED_CONFLICT)),
        List.of(c.getId(), a.getId()), a.getId());
    PanelDraw first = draws.saveAndFlush(new PanelDraw(request, 3, -1234567890123456789L, NOW, candidates, result));
    PanelDraw second = new PanelDraw(request, 3, 5L, NOW, candidates, result);
    second.replacing(first, d.getId(), "曾为该单位提供咨询服务");
    Long secondId = draws.saveAndFlush(second).getId();
    entityManager.clear();

    PanelDraw read = draws.findById(first.getId()).orElseThrow();
    assertThat(read.getSeed()).isEqualTo(-1234567890123456789L);
    assertThat(read.getCandidates()).containsExactlyElementsOf(candidates);
    assertThat(read.getExclusions()).containsExactlyElementsOf(result.exclusions());
    assertThat(read.getMemberIds()).containsExactly(c.getId(), a.getId());
    assertThat(read.getLeaderId()).isEqualTo(a.getId());
    assertThat(read.getDeclaredConflictExpertIds()).containsExactly(d.getId());
    assertThat(read.request()).isEqualTo(request);
    assertThat(draws.existsByReplacedDrawId(first.getId())).isTrue();
    assertThat(draws.findById(secondId).orElseThrow().getReplacementReason()).isEqualTo("曾为该单位提供咨询服务");

    PanelDraw third = new PanelDraw(request, 3, 6L, NOW, candidates, result);
    third.replacing(first, d.getId(), "再次替代");
    assertThatThrownBy(() -> draws.saveAndFlush(third))
        .as("a draw is replaced at most once").isInstanceOf(DataIntegrityViolationException.class);
  }
}
