package org.qualityaward.publicity;

/**
 * Spring event published (synchronously, inside the engine's transaction) when a substantiated objection
 * disqualifies a candidate (Art 16-18, 21; {@code publicityId} the list objected to) or the office disqualifies
 * one on a founded complaint (Art 9(6), 17; no {@code publicityId}). The application feature ends the case; the
 * publicity feature marks the candidate on lists still published.
 */
public record CandidateDisqualified(Long applicationId, Long publicityId, String reason) {
}
