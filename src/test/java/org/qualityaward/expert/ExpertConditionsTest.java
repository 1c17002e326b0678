package org.qualityaward.expert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.testing.SampleApplications;

/** Art 10's conditions for an expert, checked when one is added to the pool. */
class ExpertConditionsTest {

  static NewExpert valid() {
    return new NewExpert("expert99", "陈静", "保定某检测中心", SampleApplications.creditCode("130606", 77), null,
        List.of("C34", "C3411"), Degree.MASTER, 5, "中国质量协会卓越绩效评价师培训，取得评价师资格", true, true, null, List.of());
  }

  static NewExpert with(Degree degree, Integer years) {
    NewExpert v = valid();
    return new NewExpert(v.userId(), v.name(), v.employerName(), v.employerCreditCode(), null, v.industries(), degree, years,
        v.trainingQualification(), v.lawsFamiliarityDeclared(), v.conductDeclared(), v.recommenderCode(), List.of());
  }

  @Test
  @DisplayName("Art 10(3): exactly 5 years of quality work qualifies (5年以上 is inclusive)")
  void fiveYearsIsEnough() {
    assertThat(ExpertConditions.check(valid())).isEmpty();
  }

  @Test
  @DisplayName("Art 10(3): 4 years of quality work is refused naming the article")
  void fourYearsIsNot() {
    assertThat(ExpertConditions.check(with(Degree.MASTER, 4)))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.field()).isEqualTo("qualityYears");
          assertThat(p.message()).contains("第十条第（三）项", "4 年", "Art 10(3)");
        });
  }

  @Test
  @DisplayName("Art 29: the employer's group and the organisations declared in conflict must be valid credit codes, each named by its place")
  void groupAndDeclaredConflictsAreCreditCodes() {
    NewExpert v = valid();
    String good = SampleApplications.creditCode("130606", 78);
    NewExpert expert = new NewExpert(v.userId(), v.name(), v.employerName(), v.employerCreditCode(), "91130600ABC",
        v.industries(), v.degree(), v.qualityYears(), v.trainingQualification(), true, true, null,
        List.of(good, "12345"));

    assertThat(ExpertConditions.check(expert)).extracting(FieldProblem::field)
        .containsExactly("employerGroupCreditCode", "conflictCreditCodes[1]");
    assertThat(ExpertConditions.check(expert).get(1).message()).startsWith("声明回避的第2家单位");
    assertThat(ExpertConditions.check(new NewExpert(v.userId(), v.name(), v.employerName(), v.employerCreditCode(),
        good, v.industries(), v.degree(), v.qualityYears(), v.trainingQualification(), true, true, null,
        List.of(good)))).as("both are optional, and valid codes pass").isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = Degree.class, names = {"COLLEGE", "BACHELOR", "MASTER", "DOCTOR"})
  @DisplayName("Art 10(2): 大学及大学以上文化程度 is a college diploma (大学专科, 大专) or above, as official usage reads it")
  void universityDegrees(Degree degree) {
    assertThat(ExpertConditions.check(with(degree, 10))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = Degree.class, names = {"OTHER"})
  @DisplayName("Art 10(2): less than a college diploma is refused naming the degree")
  void lowerDegrees(Degree degree) {
    assertThat(ExpertConditions.check(with(degree, 10)))
        .singleElement()
        .satisfies(p -> {
          assertThat(p.field()).isEqualTo("degree");
          assertThat(p.message()).contains("第十条第（二）项", degree.label());
        });
  }

  @Test
  @DisplayName("Art 10 (1)(4) and 首段: every missing declaration, training and field is its own problem")
  void everyFailure() {
    NewExpert empty = new NewExpert(" ", null, "", "91130602MA0E12342C", null, List.of("c34", "C3"), null, null, " ",
        false, null, null, List.of());

    List<FieldProblem> problems = ExpertConditions.check(empty);

    assertThat(problems).extracting(FieldProblem::field).containsExactly("userId", "name", "employerName",
        "employerCreditCode", "industries[0]", "industries[1]", "degree", "qualityYears", "trainingQualification",
        "lawsFamiliarityDeclared", "conductDeclared");
    assertThat(problems).filteredOn(p -> p.field().equals("employerCreditCode")).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("第18位"));
    assertThat(problems).filteredOn(p -> p.field().equals("lawsFamiliarityDeclared")).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("第十条第（一）项"));
    assertThat(problems).filteredOn(p -> p.field().equals("conductDeclared")).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("第十条第（四）项"));
    assertThat(problems).filteredOn(p -> p.field().equals("trainingQualification")).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("经过专业培训并取得相关资格"));
  }

  @Test
  @DisplayName("Art 10: an expert without any industry cannot be an industry expert — refused naming the article")
  void noIndustry() {
    NewExpert v = valid();
    NewExpert none = new NewExpert(v.userId(), v.name(), v.employerName(), v.employerCreditCode(), null, List.of(),
        v.degree(), v.qualityYears(), v.trainingQualification(), true, true, null, List.of());
    assertThat(ExpertConditions.check(none)).extracting(FieldProblem::field).containsExactly("industries");
  }

  @Test
  @DisplayName("Art 10: checked again at draw time on the record as stored — an imported record below a college degree or with 3 years no longer qualifies")
  void recordCheckedAtDrawTime() {
    assertThat(ExpertConditions.meetArticle10(new Expert(valid(), LocalDateTime.now()))).isTrue();
    assertThat(ExpertConditions.meetArticle10(new Expert(with(Degree.OTHER, 12), LocalDateTime.now()))).isFalse();
    assertThat(ExpertConditions.meetArticle10(new Expert(with(Degree.MASTER, 3), LocalDateTime.now()))).isFalse();
  }
}
