package org.qualityaward.eligibility;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An applying individual. {@code employerCreditCode} identifies the organisation for Art 13;
 * {@code topManager} says whether the person is its top manager (Art 12(6)); {@code employerIndustry}
 * is the employer's GB/T 4754 industry code, the case's industry for the panel's industry expert
 * (Art 10) — null only in cases stored before it was asked.
 */
public record IndividualProfile(
    @NotBlank @Size(max = 100) String name,
    @NotBlank @ValidResidentId String idNumber,
    @NotBlank @UnifiedSocialCreditCode String employerCreditCode,
    @NotNull @PastOrPresent LocalDate qualityWorkSince,
    @NotNull Boolean topManager,
    @NotBlank @IndustryCode String employerIndustry) {}
