package org.qualityaward.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.kernel.FieldProblem;

/** The checks of an edition's plan, without the engine (Art 6, 10, 15, 20). */
class PlanRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  private static final PlanStandards STANDARDS = new PlanStandards() {
    @Override
    public Ceilings ceilings() {
      return new Ceilings(7, 5, 10);
    }

    @Override
    public PlanFigures defaults() {
      return new PlanFigures(null, 7, 5, 10, null, null, 3, BigDecimal.ONE, BigDecimal.ONE, 1, 1);
    }

    @Override
    public Set<Integer> sheetVersions(boolean organization) {
      return organization ? Set.of(1, 2) : Set.of(1);
    }
  };

  private static final PlanFigures VALID = new PlanFigures(LocalDate.of(2026, 3, 31), 7, 5, 10,
      new BigDecimal("600"), new BigDecimal("500"), 3, new BigDecimal("0.4"), new BigDecimal("0.6"), 2, 1);

  @Test
  @DisplayName("Art 6: quotas up to the ceilings 7 / 5 / 10 pass, with minimums, weights and an existing sheet")
  void planAtTheCeilingsPasses() {
    assertThat(PlanRules.check(VALID, STANDARDS, TODAY)).isEmpty();
  }

  @Test
  @DisplayName("Art 6: a quota above its ceiling is refused per field citing 第六条; a negative one too")
  void quotasAboveTheCeilingsAreRefused() {
    PlanFigures over = new PlanFigures(VALID.applicationDeadline(), 8, 6, -1, null, null, 3, BigDecimal.ONE,
        BigDecimal.ONE, 1, 1);

    List<FieldProblem> problems = PlanRules.check(over, STANDARDS, TODAY);

    assertThat(problems).extracting(FieldProblem::field)
        .containsExactly("organizationAwards", "individualAwards", "nominations");
    assertThat(problems.get(0).message()).contains("第六条").contains("不超过 7");
    assertThat(problems.get(1).message()).contains("第六条").contains("不超过 5");
    assertThat(problems.get(2).message()).contains("0 或以上");
  }

  @Test
  @DisplayName("Art 10: a panel of fewer than 3 members is refused")
  void panelOfTwoIsRefused() {
    PlanFigures two = new PlanFigures(VALID.applicationDeadline(), 7, 5, 10, null, null, 2, BigDecimal.ONE,
        BigDecimal.ONE, 1, 1);

    assertThat(PlanRules.check(two, STANDARDS, TODAY)).singleElement()
        .satisfies(p -> assertThat(p.field()).isEqualTo("panelSize"))
        .satisfies(p -> assertThat(p.message()).contains("第十条"));
  }

  @Test
  @DisplayName("Art 20: both weights must be positive; minimums stay within the 1000-point scale")
  void weightsMustBePositive() {
    PlanFigures bad = new PlanFigures(VALID.applicationDeadline(), 7, 5, 10, new BigDecimal("1000.5"), null, 3,
        BigDecimal.ZERO, new BigDecimal("-1"), 1, 1);

    assertThat(PlanRules.check(bad, STANDARDS, TODAY)).extracting(FieldProblem::field)
        .containsExactly("awardMinimum", "documentWeight", "onsiteWeight");
  }

  @Test
  @DisplayName("Art 4(3), 20: an award minimum below the nomination minimum is refused when the plan is drafted, not at the ranking")
  void awardMinimumNotBelowNominationMinimum() {
    PlanFigures inverted = new PlanFigures(VALID.applicationDeadline(), 7, 5, 10, new BigDecimal("500"),
        new BigDecimal("600"), 3, BigDecimal.ONE, BigDecimal.ONE, 1, 1);

    assertThat(PlanRules.check(inverted, STANDARDS, TODAY)).singleElement()
        .satisfies(p -> assertThat(p.field()).isEqualTo("awardMinimum"))
        .satisfies(p -> assertThat(p.message()).contains("不得低于提名奖最低累计得分 600").contains("第二十条"));
  }

  @Test
  @DisplayName("Art 4(3), 20: no award minimum beside a nomination minimum is refused: the award would go within its quota"
      + " to a score the nomination refuses")
  void noAwardMinimumBesideANominationMinimum() {
    PlanFigures halfSet = new PlanFigures(VALID.applicationDeadline(), 7, 5, 10, null, new BigDecimal("500"), 3,
        BigDecimal.ONE, BigDecimal.ONE, 1, 1);

    assertThat(PlanRules.check(halfSet, STANDARDS, TODAY)).singleElement()
        .satisfies(p -> assertThat(p.field()).isEqualTo("awardMinimum"))
        .satisfies(p -> assertThat(p.message()).contains("不能留空", "500", "第四条第三项"));
    PlanFigures neither = new PlanFigures(VALID.applicationDeadline(), 7, 5, 10, null, null, 3,
        BigDecimal.ONE, BigDecimal.ONE, 1, 1);
    assertThat(PlanRules.check(neither, STANDARDS, TODAY)).as("no minimum at all stays the plan's choice").isEmpty();
  }

  @Test
  @DisplayName("Art 15: the deadline is after today; a sheet version that does not exist is refused")
  void deadlineAndSheetVersion() {
    PlanFigures bad = new PlanFigures(TODAY, 7, 5, 10, null, null, 3, BigDecimal.ONE, BigDecimal.ONE, 3, 2);

    assertThat(PlanRules.check(bad, STANDARDS, TODAY)).extracting(FieldProblem::field)
        .containsExactly("applicationDeadline", "organizationSheetVersion", "individualSheetVersion");
  }

  @Test
  @DisplayName("The office only changes what differs: empty figures take the configured ones")
  void emptyFiguresTakeTheDefaults() {
    PlanFigures changed = new PlanFigures(null, 2, null, null, null, null, null, null, null, null, null)
        .orElse(STANDARDS.defaults());

    assertThat(changed.organizationAwards()).isEqualTo(2);
    assertThat(changed.individualAwards()).isEqualTo(5);
    assertThat(changed.panelSize()).isEqualTo(3);
  }
}
