package org.qualityaward.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;

/** Art 33 renewal request and the approval decisions (DESIGN §7: approved + comment), plain Java. */
class RenewalFormsTest {

  @Test
  @DisplayName("Art 33: a renewal request brings an updated self-assessment and a contact; declining needs neither")
  void answer() {
    assertThat(RenewalForms.answer(false, null, null)).isEqualTo(new RenewalForms.Answer(false, null, null));
    assertThat(RenewalForms.answer(true, " 自评 ", "王五 138")).isEqualTo(new RenewalForms.Answer(true, "自评", "王五 138"));
    assertThatThrownBy(() -> RenewalForms.answer(true, "", null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(FieldProblem::field).containsExactly("selfAssessment", "contact"));
    assertThatThrownBy(() -> RenewalForms.answer(null, "自评", "王五"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(FieldProblem::field).containsExactly("renewalRequested"));
  }

  @Test
  @DisplayName("Art 9(5), 22, 33: a decision is approved yes or no with a comment")
  void decision() {
    assertThat(RenewalForms.decision(false, " 理由 ")).isEqualTo(new RenewalForms.Decision(false, "理由"));
    assertThatThrownBy(() -> RenewalForms.decision(null, null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(FieldProblem::field).containsExactly("approved", "comment"));
  }
}
