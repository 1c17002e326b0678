package org.qualityaward.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;

/** Art 33 renewal request and the approval decisions (DESIGN §7: approved + comment), plain Java. */
class RenewalFormsTest {

  @Test
  @DisplayName("Art 33: a renewal request brings an updated self-assessment, a contact and the validity's records (optional);"
      + " declining needs none")
  void answer() {
    assertThat(RenewalForms.answer(form(false, null, null, null))).isEqualTo(
        new RenewalForms.Answer(false, null, null, null, null, null));
    assertThat(RenewalForms.answer(form(true, " 自评 ", "王五 138", " 2029-05-10 行政处罚 罚款 "))).isEqualTo(
        new RenewalForms.Answer(true, "自评", "王五 138", "2029-05-10 行政处罚 罚款", null, null));
    assertThatThrownBy(() -> RenewalForms.answer(form(true, "", null, null)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(FieldProblem::field).containsExactly("selfAssessment", "contact"));
    assertThatThrownBy(() -> RenewalForms.answer(form(null, "自评", "王五", null)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(FieldProblem::field).containsExactly("renewalRequested"));
  }

  private static Function<String, Object> form(Boolean requested, String selfAssessment, String contact,
      String creditRecords) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("renewalRequested", requested);
    fields.put("selfAssessment", selfAssessment);
    fields.put("contact", contact);
    fields.put("creditRecords", creditRecords);
    return fields::get;
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
