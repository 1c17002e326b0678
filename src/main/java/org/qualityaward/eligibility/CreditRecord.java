package org.qualityaward.eligibility;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A declared credit record (Art 11(6)); {@code date} is the day it was entered or imposed. */
public record CreditRecord(
    @NotNull CreditRecordType type,
    @NotNull @PastOrPresent LocalDate date,
    @Size(max = 500) String note) {}
