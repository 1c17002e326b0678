package org.qualityaward.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.kernel.FieldProblem;

class ScoringSheetTest {

  private final ScoringSheet organization = load("GBT19580-ORG-v1.json");

  @Test
  @DisplayName("Art 5: the GB/T 19580 sheet has 7 categories summing to 1000, leadership 110 … results 400")
  void gbt19580Sheet() {
    assertThat(organization.defects()).isEmpty();
    assertThat(organization.kind()).isEqualTo(ApplicationKind.ORGANIZATION);
    assertThat(organization.total()).isEqualByComparingTo("1000");
    assertThat(organization.categories()).extracting(c -> c.max().intValue())
        .containsExactly(110, 90, 90, 130, 100, 80, 400);
  }

  @Test
  @DisplayName("Art 12(3)(4): the individual sheet totals 100 points")
  void individualSheet() {
    ScoringSheet individual = load("IND-100-v1.json");

    assertThat(individual.defects()).isEmpty();
    assertThat(individual.kind()).isEqualTo(ApplicationKind.INDIVIDUAL);
    assertThat(individual.total()).isEqualByComparingTo("100");
  }

  @Test
  @DisplayName("Art 5: a sheet whose maxima do not add up to its declared total is refused")
  void maximaMustSumToTotal() {
    ScoringSheet broken = new ScoringSheet("X", 1, ApplicationKind.INDIVIDUAL, "坏表", new BigDecimal("100"),
        List.of(new ScoringSheet.Category("A", "甲", new BigDecimal("60")), new ScoringSheet.Category("B", "乙", new BigDecimal("30"))));

    assertThat(broken.defects()).singleElement().asString().contains("90").contains("100");
  }

  @Test
  @DisplayName("Art 5, 18: full marks in every category with remarks are accepted")
  void fullMarksAccepted() {
    assertThat(organization.check(fullMarks(), ReviewStage.DOCUMENT_REVIEW)).isEmpty();
  }

  @Test
  @DisplayName("Art 5, 18: a score over the category's maximum is refused naming the code, the maximum and the article")
  void overMaximum() {
    List<CategoryScore> items = fullMarks();
    items.set(0, new CategoryScore("LEADERSHIP", new BigDecimal("110.1"), "好"));

    List<FieldProblem> problems = organization.check(items, ReviewStage.DOCUMENT_REVIEW);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("items[0].score");
      assertThat(p.message()).contains("LEADERSHIP").contains("110").contains("第十八条");
    });
  }

  @Test
  @DisplayName("Art 19: a blank remark, a negative score, two decimals and a missing category are each refused")
  void remarkAndShape() {
    List<CategoryScore> items = fullMarks();
    items.set(1, new CategoryScore("STRATEGY", new BigDecimal("80"), "  "));
    items.set(2, new CategoryScore("CUSTOMERS_MARKETS", new BigDecimal("-1"), "差"));
    items.set(3, new CategoryScore("RESOURCES", new BigDecimal("100.25"), "中"));
    items.remove(6);

    List<FieldProblem> problems = organization.check(items, ReviewStage.ONSITE_REVIEW);

    assertThat(problems).extracting(FieldProblem::field)
        .containsExactly("items[1].remark", "items[2].score", "items[3].score", "items");
    assertThat(problems.get(0).message()).contains("评语").contains("第十九条");
    assertThat(problems.get(2).message()).contains("1 位小数");
    assertThat(problems.get(3).message()).contains("RESULTS").contains("400");
  }

  @Test
  @DisplayName("Art 18: an unknown or repeated category is refused")
  void unknownAndRepeated() {
    List<CategoryScore> items = fullMarks();
    items.add(new CategoryScore("LEADERSHIP", new BigDecimal("1"), "再评"));
    items.add(new CategoryScore("CHARM", new BigDecimal("1"), "无"));

    assertThat(organization.check(items, ReviewStage.DOCUMENT_REVIEW)).extracting(FieldProblem::field)
        .containsExactly("items[7].category", "items[8].category");
  }

  private List<CategoryScore> fullMarks() {
    List<CategoryScore> items = new ArrayList<>();
    organization.categories().forEach(c -> items.add(new CategoryScore(c.code(), c.max(), c.name() + "表现突出")));
    return items;
  }

  private static ScoringSheet load(String file) {
    try (InputStream in = ScoringSheetTest.class.getResourceAsStream("/scoring-sheets/" + file)) {
      return new ObjectMapper().readValue(in, ScoringSheet.class);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
