package org.qualityaward.expert;

import java.util.Objects;
import java.util.Set;
import org.qualityaward.review.ReviewStage;

/**
 * What a panel draw needs to know about the case. {@code applicantCreditCode} is the applying
 * organisation's code, or for an individual the employer's code; {@code industry} is the GB/T 4754
 * code of the case (e.g. C34) — an individual's employer's — null only for an individual's case stored
 * before the employer's industry was asked (then no industry seat is required).
 * {@code alsoExcludedExpertIds}: experts who declared a conflict for this case (may be null).
 */
public record DrawRequest(Long applicationId, ReviewStage stage, String industry, String applicantCreditCode,
    String applicantGroupCreditCode, String recommenderCode, Set<Long> alsoExcludedExpertIds) {

  public DrawRequest {
    Objects.requireNonNull(applicationId, "applicationId");
    Objects.requireNonNull(stage, "stage");
    alsoExcludedExpertIds = alsoExcludedExpertIds == null ? Set.of() : Set.copyOf(alsoExcludedExpertIds);
  }
}
