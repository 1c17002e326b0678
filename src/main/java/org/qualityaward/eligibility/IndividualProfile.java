package org.qualityaward.eligibility;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An applying individual. {@code employerCreditCode} identifies the organisation for Art 13;
 * {@code topManager} says whether the person is its top manager (Art 12(6)).
 */
public record IndividualProfile(
    @NotBlank @Size(max = 100) String name,
    @NotBlank @ValidResidentId String idNumber,
    @NotBlank @UnifiedSocialCreditCode String employerCreditCode,
    @NotNull @PastOrPresent LocalDate qualityWorkSince,
    @NotNull Boolean topManager) {}
