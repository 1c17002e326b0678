package org.qualityaward.eligibility;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the rules look at. {@code applicationId} is null before the application is stored;
 * {@code appliedOn} is the day the application was submitted (a renewal's: the day it is opened);
 * {@code organization} is set for ORGANIZATION, {@code individual} for INDIVIDUAL. An omitted
 * evidence list means no attachments.
 */
public record EligibilityInput(
    Long applicationId,
    @NotNull Long editionId,
    @NotNull LocalDate editionDeadline,
    @NotNull LocalDate appliedOn,
    @NotNull ApplicationKind kind,
    @Valid OrganizationProfile organization,
    @Valid IndividualProfile individual,
    @NotNull @Valid Declarations declarations,
    List<@NotNull @Valid EvidenceMark> evidence) {

  public EligibilityInput {
    evidence = evidence == null ? List.of() : evidence;
  }
}
