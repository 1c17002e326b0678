package org.qualityaward.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.testing.SampleApplications;
import org.qualityaward.review.ReviewStage;

/** The panel draw (Art 10, 18, 19) without Spring: exclusions, industry seat, size, seed, redraw. */
class PanelDrawRuleTest {

  static final String APPLICANT = SampleApplications.creditCode("130602", 1);
  static final String GROUP = SampleApplications.creditCode("130600", 2);
  static final String ELSEWHERE = SampleApplications.creditCode("130606", 3);
  static final String RECOMMENDER = "R-JX-MSR";

  static DrawRequest request(String industry, Long... declaredConflicts) {
    return new DrawRequest(7L, ReviewStage.DOCUMENT_REVIEW, industry, APPLICANT, GROUP, RECOMMENDER,
        Set.of(declaredConflicts));
  }

  static DrawCandidate expert(long id, String... industries) {
    return new DrawCandidate(id, ELSEWHERE, null, List.of(industries), null, true, true, false, List.of());
  }

  /** Ten experts: 1–3 machinery (C34), 4–10 other industries. */
  static List<DrawCandidate> pool() {
    List<DrawCandidate> pool = new ArrayList<>(List.of(expert(1, "C34"), expert(2, "C3411"), expert(3, "C34", "C36")));
    LongStream.rangeClosed(4, 10).forEach(id -> pool.add(expert(id, id % 2 == 0 ? "C26" : "I65")));
    return pool;
  }

  @Test
  @DisplayName("Art 10, 18: experts employed by the applicant or its group, or serving its recommender, are excluded with their reason")
  void excludesConflicts() {
    List<DrawCandidate> pool = new ArrayList<>(pool());
    pool.add(new DrawCandidate(11L, APPLICANT, null, List.of("C34"), null, true, true, false, List.of()));
    pool.add(new DrawCandidate(12L, GROUP, null, List.of("C34"), null, true, true, false, List.of()));
    pool.add(new DrawCandidate(13L, ELSEWHERE, null, List.of("C34"), RECOMMENDER, true, true, false, List.of()));

    for (long seed = 0; seed < 200; seed++) {
      PanelDrawRule.Result result = PanelDrawRule.draw(request("C34"), 3, pool, List.of(), seed);
      assertThat(result.memberIds()).doesNotContain(11L, 12L, 13L);
      assertThat(result.exclusions()).containsExactly(
          new DrawExclusion(11L, ExclusionReason.EMPLOYED_BY_APPLICANT),
          new DrawExclusion(12L, ExclusionReason.EMPLOYED_BY_APPLICANT_GROUP),
          new DrawExclusion(13L, ExclusionReason.SERVED_RECOMMENDER));
    }
  }

  @Test
  @DisplayName("Art 29: an expert whose employer's group is the applicant, the applicant's group, or the group the applicant's employer is in is left out as of one group")
  void excludesOneGroup() {
    String sister = SampleApplications.creditCode("130606", 8);
    List<DrawCandidate> pool = new ArrayList<>(pool());
    pool.add(new DrawCandidate(11L, sister, GROUP, List.of("C34"), null, true, true, false, List.of()));
    pool.add(new DrawCandidate(12L, sister, APPLICANT, List.of("C34"), null, true, true, false, List.of()));
    pool.add(new DrawCandidate(13L, GROUP, sister, List.of("C34"), null, true, true, false, List.of()));
    pool.add(new DrawCandidate(14L, sister, ELSEWHERE, List.of("C34"), null, true, true, false, List.of()));

    PanelDrawRule.Result result = PanelDrawRule.draw(request("C34"), 3, pool, List.of(), 42);

    assertThat(result.exclusions()).containsExactly(
        new DrawExclusion(11L, ExclusionReason.EMPLOYED_BY_APPLICANT_GROUP),
        new DrawExclusion(12L, ExclusionReason.EMPLOYED_BY_APPLICANT_GROUP),
        new DrawExclusion(13L, ExclusionReason.EMPLOYED_BY_APPLICANT_GROUP));
    assertThat(result.memberIds()).doesNotContain(11L, 12L, 13L);
  }

  @Test
  @DisplayName("Art 29: conflicts declared on the expert's record against the applicant or its group keep the expert off the panel; others do not")
  void excludesConflictsDeclaredOnTheRecord() {
    List<DrawCandidate> pool = new ArrayList<>(pool());
    pool.add(new DrawCandidate(11L, ELSEWHERE, null, List.of("C34"), null, true, true, false, List.of(APPLICANT)));
    pool.add(new DrawCandidate(12L, ELSEWHERE, null, List.of("C34"), null, true, true, false, List.of(GROUP)));
    pool.add(new DrawCandidate(13L, ELSEWHERE, null, List.of("C34"), null, true, true, false,
        List.of(SampleApplications.creditCode("130606", 9))));

    PanelDrawRule.Result result = PanelDrawRule.draw(request("C34"), 3, pool, List.of(), 42);

    assertThat(result.exclusions()).containsExactly(
        new DrawExclusion(11L, ExclusionReason.DECLARED_CONFLICT),
        new DrawExclusion(12L, ExclusionReason.DECLARED_CONFLICT));
    assertThat(PanelDrawRule.draw(new DrawRequest(7L, ReviewStage.DOCUMENT_REVIEW, "C34", APPLICANT, null,
        RECOMMENDER, Set.of()), 3, pool, List.of(), 42).exclusions())
        .as("without a group only the applicant's own code counts").containsExactly(
            new DrawExclusion(11L, ExclusionReason.DECLARED_CONFLICT));
  }

  @Test
  @DisplayName("Art 10, 9(4): an expert whose record no longer meets Art 10 and one rated out by the office are left out, each with its reason logged")
  void excludesUnqualifiedAndRatedOut() {
    List<DrawCandidate> pool = new ArrayList<>(pool());
    pool.set(1, new DrawCandidate(2L, ELSEWHERE, null, List.of("C34"), null, true, false, false, List.of()));
    pool.set(2, new DrawCandidate(3L, ELSEWHERE, null, List.of("C34"), null, true, true, true, List.of()));

    PanelDrawRule.Result result = PanelDrawRule.draw(request("C34"), 3, pool, List.of(), 42);

    assertThat(result.exclusions()).containsExactly(
        new DrawExclusion(2L, ExclusionReason.CONDITIONS_NOT_MET),
        new DrawExclusion(3L, ExclusionReason.RATED_OUT));
    assertThat(result.memberIds()).doesNotContain(2L, 3L);
    assertThat(ExclusionReason.RATED_OUT.label()).isEqualTo("考核等级低于规定，待质量办恢复");
  }

  @Test
  @DisplayName("Art 10: a declared conflict and an inactive expert are excluded; every reason of an expert is recorded")
  void excludesDeclaredAndInactive() {
    List<DrawCandidate> pool = new ArrayList<>(pool());
    pool.add(new DrawCandidate(11L, APPLICANT, null, List.of("C34"), null, false, true, false, List.of()));
    pool.set(4, new DrawCandidate(5L, ELSEWHERE, null, List.of("I65"), null, false, true, false, List.of()));

    PanelDrawRule.Result result = PanelDrawRule.draw(request("C34", 1L), 3, pool, List.of(), 42);

    assertThat(result.exclusions()).containsExactly(
        new DrawExclusion(1L, ExclusionReason.DECLARED_CONFLICT),
        new DrawExclusion(5L, ExclusionReason.INACTIVE),
        new DrawExclusion(11L, ExclusionReason.EMPLOYED_BY_APPLICANT),
        new DrawExclusion(11L, ExclusionReason.INACTIVE));
    assertThat(result.memberIds()).doesNotContain(1L, 5L, 11L);
  }

  @Test
  @DisplayName("Art 10 (其中含行业专家): every panel has an expert of the case's industry, and that expert leads it")
  void industrySeat() {
    for (long seed = 0; seed < 300; seed++) {
      PanelDrawRule.Result result = PanelDrawRule.draw(request("C34"), 3, pool(), List.of(), seed);
      assertThat(result.memberIds()).hasSize(3).doesNotHaveDuplicates();
      assertThat(result.memberIds()).containsAnyOf(1L, 2L, 3L);
      assertThat(result.leaderId()).isEqualTo(result.memberIds().get(0)).isIn(1L, 2L, 3L);
    }
  }

  @Test
  @DisplayName("Art 10: industries match on the GB/T 4754 major class — a C3411 expert serves a C341 case, a C36 expert does not serve C34")
  void industryMajorClass() {
    assertThat(PanelDrawRule.covers(List.of("C3411"), "C341")).isTrue();
    assertThat(PanelDrawRule.covers(List.of("C34"), "C3411")).isTrue();
    assertThat(PanelDrawRule.covers(List.of("C36", "I65"), "C34")).isFalse();
  }

  @Test
  @DisplayName("Art 18: the draw is random but reproducible — the same seed gives the same panel whatever the candidates' order")
  void reproducibleBySeed() {
    List<DrawCandidate> shuffled = new ArrayList<>(pool());
    java.util.Collections.reverse(shuffled);
    Set<List<Long>> panels = new HashSet<>();
    for (long seed = 0; seed < 50; seed++) {
      PanelDrawRule.Result first = PanelDrawRule.draw(request("C34"), 3, pool(), List.of(), seed);
      assertThat(PanelDrawRule.draw(request("C34"), 3, shuffled, List.of(), seed)).isEqualTo(first);
      panels.add(first.memberIds());
    }
    assertThat(panels).as("different seeds draw different panels").hasSizeGreaterThan(10);
  }

  @Test
  @DisplayName("Art 10 (3名（含3名）以上): exactly 3 eligible experts form the panel, all of them")
  void exactlyThree() {
    List<DrawCandidate> pool = List.of(expert(4, "I65"), expert(2, "C34"), expert(9, "C26"));

    PanelDrawRule.Result result = PanelDrawRule.draw(request("C34"), 3, pool, List.of(), 1);

    assertThat(result.memberIds()).containsExactlyInAnyOrder(2L, 4L, 9L);
    assertThat(result.memberIds().get(0)).isEqualTo(2L);
    assertThat(result.leaderId()).isEqualTo(2L);
  }

  @Test
  @DisplayName("Art 10: two eligible experts never make a panel of 2 — the failure says how many are available")
  void notEnoughExperts() {
    List<DrawCandidate> pool = List.of(expert(1, "C34"), expert(2, "C26"),
        new DrawCandidate(3L, APPLICANT, null, List.of("C34"), null, true, true, false, List.of()));

    assertThatThrownBy(() -> PanelDrawRule.draw(request("C34"), 3, pool, List.of(), 1))
        .isInstanceOf(PanelCannotBeFormedException.class)
        .hasMessageContaining("可用专家 2 名，少于评审组最少 3 名")
        .hasMessageContaining("专家库 3 名，其中 1 名回避、未启用、不符合条件或考核未通过")
        .hasMessageNotContaining("行业专家（专家库");
  }

  @Test
  @DisplayName("Art 10: without an eligible expert of the case's industry no panel is formed — the failure names the industry")
  void noIndustryExpert() {
    List<DrawCandidate> pool = new ArrayList<>(pool());
    pool.set(0, new DrawCandidate(1L, APPLICANT, null, List.of("C34"), null, true, true, false, List.of()));

    assertThatThrownBy(() -> PanelDrawRule.draw(request("C34", 2L, 3L), 3, pool, List.of(), 1))
        .isInstanceOf(PanelCannotBeFormedException.class)
        .hasMessageContaining("无 C34 行业专家")
        .hasMessageNotContaining("可用专家");
  }

  @Test
  @DisplayName("Art 10: a configured panel of 5 has 5 members; fewer than 3 is refused")
  void panelSize() {
    assertThat(PanelDrawRule.draw(request("C34"), 5, pool(), List.of(), 3).memberIds()).hasSize(5).doesNotHaveDuplicates();
    assertThatThrownBy(() -> PanelDrawRule.draw(request("C34"), 2, pool(), List.of(), 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("第十条");
  }

  @Test
  @DisplayName("An individual's case stored before the employer's industry was asked has no industry: it still draws, without an industry seat; the first member drawn leads")
  void withoutIndustry() {
    PanelDrawRule.Result result = PanelDrawRule.draw(request(null), 3, pool(), List.of(), 5);
    assertThat(result.memberIds()).hasSize(3);
    assertThat(result.leaderId()).isEqualTo(result.memberIds().get(0));
    assertThatThrownBy(() -> PanelDrawRule.draw(request(null), 3, List.of(expert(1, "C34")), List.of(), 5))
        .isInstanceOf(PanelCannotBeFormedException.class)
        .hasMessageContaining("可用专家 1 名，少于评审组最少 3 名")
        .hasMessageNotContaining("行业专家（专家库");
  }

  @Test
  @DisplayName("Redraw after a declared conflict: the other members and the leader stay, one new expert joins")
  void redrawKeepsOthers() {
    for (long seed = 0; seed < 100; seed++) {
      PanelDrawRule.Result first = PanelDrawRule.draw(request("C34"), 3, pool(), List.of(), seed);
      Long leaving = first.memberIds().get(2);

      PanelDrawRule.Result second = PanelDrawRule.draw(request("C34", leaving), 3, pool(), first.memberIds(), seed + 1);

      assertThat(second.memberIds()).hasSize(3).doesNotContain(leaving)
          .startsWith(first.memberIds().get(0), first.memberIds().get(1));
      assertThat(second.leaderId()).isEqualTo(first.leaderId());
      assertThat(second.exclusions()).contains(new DrawExclusion(leaving, ExclusionReason.DECLARED_CONFLICT));
    }
  }

  @Test
  @DisplayName("Art 10, 29: a redraw replaces only the member who declared; one deactivated since keeps their seat (they"
      + " hold the panel's task), so exactly one expert joins and takes the declared member's task")
  void redrawReplacesOnlyTheOneWhoDeclared() {
    List<DrawCandidate> pool = new ArrayList<>(pool());
    PanelDrawRule.Result first = PanelDrawRule.draw(request("C34"), 3, pool, List.of(), 11);
    Long leaving = first.memberIds().get(2);
    Long deactivated = first.memberIds().get(1);
    pool.replaceAll(c -> c.expertId().equals(deactivated) ? new DrawCandidate(c.expertId(), c.employerCreditCode(),
        c.employerGroupCreditCode(), c.industries(), c.recommenderCode(), false, c.meetsArticle10(), c.ratedOut(),
        c.conflictCreditCodes()) : c);

    PanelDrawRule.Result second = PanelDrawRule.draw(request("C34", leaving), 3, pool, first.memberIds(), 12);

    assertThat(second.memberIds()).hasSize(3).doesNotContain(leaving)
        .startsWith(first.memberIds().get(0), deactivated);
    assertThat(second.memberIds().stream().filter(id -> !first.memberIds().contains(id))).hasSize(1);
  }

  @Test
  @DisplayName("Art 10: a redraw needs one free expert, not a whole panel's: members kept (one deactivated since) and one"
      + " eligible expert fill it")
  void redrawNeedsOneFreeExpert() {
    DrawCandidate inactive = new DrawCandidate(2L, ELSEWHERE, null, List.of("C26"), null, false, true, false, List.of());
    List<DrawCandidate> pool = List.of(expert(1, "C34"), inactive, expert(3, "I65"), expert(4, "C26"));

    PanelDrawRule.Result second = PanelDrawRule.draw(request("C34", 3L), 3, pool, List.of(1L, 2L, 3L), 5);

    assertThat(second.memberIds()).containsExactly(1L, 2L, 4L);
    assertThat(second.leaderId()).isEqualTo(1L);
  }

  @Test
  @DisplayName("Redraw when the leader declares a conflict: the industry seat is filled again and its expert leads")
  void redrawOfTheLeader() {
    // 1 and 2 are the only C34 experts; 1 leads and leaves
    List<DrawCandidate> pool = List.of(expert(1, "C34"), expert(2, "C34"), expert(4, "C26"), expert(5, "I65"),
        expert(6, "C26"));
    PanelDrawRule.Result second = PanelDrawRule.draw(request("C34", 1L), 3, pool, List.of(1L, 4L, 5L), 9);

    assertThat(second.memberIds()).containsExactly(4L, 5L, 2L);
    assertThat(second.leaderId()).isEqualTo(2L);
  }
}
