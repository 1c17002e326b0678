package org.qualityaward.eligibility;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * What the applicant declares: no state secrets (Art 16), its credit records (Art 11(6)) and
 * accidents (Art 11(7)). An omitted list means none declared.
 */
public record Declarations(
    @NotNull Boolean noStateSecrets,
    List<@NotNull @Valid CreditRecord> creditRecords,
    List<@NotNull @Valid AccidentRecord> accidents) {

  public Declarations {
    creditRecords = creditRecords == null ? List.of() : creditRecords;
    accidents = accidents == null ? List.of() : accidents;
  }
}
