package org.qualityaward.publicity;

/**
 * Spring event published (synchronously, inside the engine's transaction) when a substantiated
 * objection disqualifies a candidate (Art 21). The application feature listens to it.
 */
public record CandidateDisqualified(Long applicationId, Long publicityId, String reason) {
}
