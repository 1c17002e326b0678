package org.qualityaward.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.testing.FormSchemas;

/**
 * The scoring forms are written by hand beside the scoring sheets (Art 18, 19): every category of
 * the current sheet has its score field bounded by the category's maximum, and the running totals
 * add up exactly those fields against the sheet's total.
 */
class ScoringFormsTest {

  /** The gateway 申报类别 of {@code panel-member-review} routes each kind to its form. */
  private static final Map<ApplicationKind, String> FORMS = Map.of(
      ApplicationKind.ORGANIZATION, "score-organization",
      ApplicationKind.INDIVIDUAL, "score-individual");

  private final ScoringSheets sheets;

  ScoringFormsTest() throws IOException {
    sheets = new ScoringSheets(new ObjectMapper());
  }

  @ParameterizedTest
  @EnumSource(ApplicationKind.class)
  @DisplayName("Art 18: each category has a required score field from 0 to the category's maximum, shown to the expert")
  void everyCategoryIsBoundedByItsMaximum(ApplicationKind kind) {
    ScoringSheet sheet = sheets.current(kind);
    JsonNode form = FormSchemas.load(FORMS.get(kind));

    for (ScoringSheet.Category category : sheet.categories()) {
      JsonNode score = FormSchemas.byKey(form, "score_" + category.code()).orElseThrow(
          () -> new AssertionError(FORMS.get(kind) + " 缺少类目 " + category.code() + " 的评分字段"));
      String max = category.max().stripTrailingZeros().toPlainString();
      assertThat(score.path("type").asText()).isEqualTo("number");
      assertThat(score.path("validate").path("required").asBoolean()).isTrue();
      assertThat(score.path("validate").path("min").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
      assertThat(score.path("validate").path("max").decimalValue()).as(category.code())
          .isEqualByComparingTo(category.max());
      assertThat(score.path("label").asText()).startsWith(category.name()).contains("满分 " + max + " 分");
      assertThat(score.path("appearance").path("suffixAdorner").asText()).isEqualTo("/ " + max + " 分");
      assertThat(FormSchemas.byKey(form, "remark_" + category.code())).as("评语 " + category.code()).isPresent();
    }
    assertThat(FormSchemas.components(form)).filteredOn(c -> c.path("key").asText().startsWith("score_"))
        .extracting(c -> c.path("key").asText().substring("score_".length()))
        .as("no score field outside the sheet")
        .containsExactlyElementsOf(sheet.categories().stream().map(ScoringSheet.Category::code).toList());
  }

  @ParameterizedTest
  @EnumSource(ApplicationKind.class)
  @DisplayName("Art 18: the running total at top and bottom sums every category against the sheet's total")
  void runningTotalMatchesTheSheet(ApplicationKind kind) {
    ScoringSheet sheet = sheets.current(kind);
    JsonNode form = FormSchemas.load(FORMS.get(kind));
    List<String> fields = sheet.categories().stream().map(c -> "score_" + c.code()).toList();

    for (String id : List.of("Text_total_top", "Text_total_bottom")) {
      String text = FormSchemas.byId(form, id).orElseThrow().path("text").asText();
      assertThat(text).as(id).contains("sum([0, " + String.join(", ", fields) + "][item != null])")
          .contains("/ " + sheet.total().stripTrailingZeros().toPlainString() + " 分");
    }
    assertThat(form.path("components").get(0).path("text").asText())
        .contains("满分 " + sheet.total().stripTrailingZeros().toPlainString() + " 分");
  }
}
