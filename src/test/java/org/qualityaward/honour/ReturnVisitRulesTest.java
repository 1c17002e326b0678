package org.qualityaward.honour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;

/** Art 31 as plain Java: due dates, the holder's place, what a visit record needs. */
class ReturnVisitRulesTest {

  static final LocalDate AWARDED = LocalDate.of(2026, 6, 1);
  static final LocalDate UNTIL = LocalDate.of(2031, 5, 31);

  @Test
  @DisplayName("Art 31: visits fall due the configured years after the award date, to the day")
  void dueDates() {
    assertThat(ReturnVisitRules.dueDates(AWARDED, List.of(2, 4)))
        .containsExactly(LocalDate.of(2028, 6, 1), LocalDate.of(2030, 6, 1));
    assertThat(ReturnVisitRules.dueDates(LocalDate.of(2024, 2, 29), List.of(1))).containsExactly(LocalDate.of(2025, 2, 28));
  }

  @Test
  @DisplayName("Art 31: the county of the holder's place is characters 3–8 of its credit code")
  void division() {
    assertThat(ReturnVisitRules.divisionOf("91130602MA0E12342B")).isEqualTo("130602");
    assertThat(ReturnVisitRules.divisionOf(null)).isNull();
    assertThat(ReturnVisitRules.divisionOf("9113")).isNull();
    assertThat(ReturnVisitRules.divisionOf("91130602MA0E12342X")).isNull();
  }

  @Test
  @DisplayName("Art 31: a visit is recorded with its date (not in the future, within the validity), participants, findings and follow-up")
  void visitRecord() {
    LocalDate today = LocalDate.of(2028, 6, 10);
    ReturnVisitRules.Report report = ReturnVisitRules.check("2028-06-08", " 市局、县局 ", "经营稳定", "继续改进", AWARDED,
        UNTIL, today);
    assertThat(report).isEqualTo(new ReturnVisitRules.Report(LocalDate.of(2028, 6, 8), "市局、县局", "经营稳定", "继续改进"));
    assertThat(ReturnVisitRules.check(today, "a", "b", "c", AWARDED, UNTIL, today).visitedOn()).isEqualTo(today);

    assertThat(problems("2028-06-11", today)).extracting(FieldProblem::field).containsExactly("visitedOn");
    assertThat(problems("2026-05-31", today).get(0).message()).contains("有效期内");
    assertThat(problems("2031-06-01", LocalDate.of(2031, 7, 1)).get(0).message()).contains("有效期内");
    assertThat(problems("6/8/2028", today).get(0).message()).contains("YYYY-MM-DD");
    assertThatThrownBy(() -> ReturnVisitRules.check(null, "", null, " ", AWARDED, UNTIL, today))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(FieldProblem::field).containsExactly("visitedOn", "participants", "findings", "followUp"));
  }

  @Test
  @DisplayName("Art 31: the office's chase of an overdue visit states what it did")
  void chase() {
    assertThat(ReturnVisitRules.checkChase(" 电话督促 ")).isEqualTo("电话督促");
    assertThatThrownBy(() -> ReturnVisitRules.checkChase(null)).isInstanceOf(InvalidInputException.class);
  }

  private static List<FieldProblem> problems(String visitedOn, LocalDate today) {
    try {
      ReturnVisitRules.check(visitedOn, "a", "b", "c", AWARDED, UNTIL, today);
      throw new AssertionError("accepted " + visitedOn);
    } catch (InvalidInputException e) {
      return e.problems();
    }
  }
}
