package org.qualityaward.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.qualityaward.kernel.FieldProblem;
import org.qualityaward.kernel.InvalidInputException;

/** The city government's approval as its document states it (Art 22, 33), plain Java. */
class GovernmentApprovalTest {

  private static final LocalDate TODAY = LocalDate.of(2027, 6, 10);
  private static final LocalDate ASKED = LocalDate.of(2027, 6, 1);

  @Test
  @DisplayName("Art 22, 33: the approval's date is its document's, today when left empty; its number is kept")
  void dateOfTheDocument() {
    assertThat(GovernmentApproval.read(form(null, null), TODAY, ASKED))
        .isEqualTo(new GovernmentApproval(TODAY, null));
    assertThat(GovernmentApproval.read(form("2027-06-01", " 保政字〔2027〕12号 "), TODAY, ASKED))
        .isEqualTo(new GovernmentApproval(ASKED, "保政字〔2027〕12号"));
  }

  @Test
  @DisplayName("Art 22: an approval dated after today, or before the publicity ended and the approval was asked for, is"
      + " refused naming the field")
  void outsideItsWindow() {
    assertThatThrownBy(() -> GovernmentApproval.read(form("2027-06-11", null), TODAY, ASKED))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> assertThat(p.field()).isEqualTo("approvedOn"))
            .extracting(FieldProblem::message).asString().contains("晚于今日"));
    assertThatThrownBy(() -> GovernmentApproval.read(form("2027-05-31", null), TODAY, ASKED))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
            .extracting(FieldProblem::message).asString().contains("2027-06-01", "第二十二条"));
    assertThatThrownBy(() -> GovernmentApproval.read(form("六月一日", null), TODAY, ASKED))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
            .extracting(FieldProblem::field).isEqualTo("approvedOn"));
  }

  private static java.util.function.Function<String, Object> form(String date, String document) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("approvedOn", date);
    fields.put("approvalDocument", document);
    return fields::get;
  }
}
