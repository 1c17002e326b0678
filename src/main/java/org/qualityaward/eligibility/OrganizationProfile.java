package org.qualityaward.eligibility;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An applying organisation. {@code groupCreditCode} is the credit code of the group company it
 * belongs to as a subsidiary or branch (Art 14), null when it belongs to none; {@code industry}
 * is its GB/T 4754 industry code (section letter, optionally 2–4 digits, e.g. C34).
 * {@code registrationAuthority} (登记机关) and {@code registeredAddress} (住所) are as on its business
 * licence; ORG-REGISTERED judges registration in Baoding from them (Art 11(2)). Both are null only in
 * cases stored before they were asked.
 */
public record OrganizationProfile(
    @NotBlank @Size(max = 200) String name,
    @NotBlank @UnifiedSocialCreditCode String creditCode,
    @NotNull @PastOrPresent LocalDate registeredOn,
    @NotBlank @Size(max = 100) String registrationAuthority,
    @NotBlank @Size(max = 200) String registeredAddress,
    @UnifiedSocialCreditCode String groupCreditCode,
    @NotBlank @IndustryCode String industry,
    @NotNull Boolean chiefQualityOfficer,
    @Size(max = 100) String topManagerName) {}
