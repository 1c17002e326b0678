package org.qualityaward.eligibility;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * What the applicant declares: no state secrets (Art 16), its credit records (Art 11(6)) and
 * accidents (Art 11(7)). An individual's {@code creditRecords} are the person's own (Art 12(6), any
 * age); when the person is the organisation's top manager, {@code accidents} and
 * {@code employerCreditRecords} are the organisation's (Art 12(6) → Art 11(6)(7)). An omitted list
 * means none declared.
 */
public record Declarations(
    @NotNull Boolean noStateSecrets,
    List<@NotNull @Valid CreditRecord> creditRecords,
    List<@NotNull @Valid AccidentRecord> accidents,
    List<@NotNull @Valid CreditRecord> employerCreditRecords) {

  public Declarations {
    creditRecords = creditRecords == null ? List.of() : creditRecords;
    accidents = accidents == null ? List.of() : accidents;
    employerCreditRecords = employerCreditRecords == null ? List.of() : employerCreditRecords;
  }

  /** Without a top manager's organisation's credit records: an organisation, or a person who is not one. */
  public Declarations(Boolean noStateSecrets, List<CreditRecord> creditRecords, List<AccidentRecord> accidents) {
    this(noStateSecrets, creditRecords, accidents, null);
  }
}
