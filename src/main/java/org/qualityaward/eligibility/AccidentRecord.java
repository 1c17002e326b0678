package org.qualityaward.eligibility;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A declared accident or verified complaint (Art 11(7)); {@code date} is when it happened. */
public record AccidentRecord(
    @NotNull AccidentType type,
    @NotNull @PastOrPresent LocalDate date,
    @Size(max = 500) String note) {}
