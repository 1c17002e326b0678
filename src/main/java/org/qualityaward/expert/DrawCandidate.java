package org.qualityaward.expert;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.util.List;

/**
 * An expert of the pool as the draw saw it: stored with the draw, so the draw can be re-run later
 * with exactly the data it was made from, whatever the pool looks like by then.
 */
@Embeddable
record DrawCandidate(
    @Column(name = "expert_id") Long expertId,
    @Column(name = "employer_credit_code") String employerCreditCode,
    @Column(name = "employer_group_credit_code") String employerGroupCreditCode,
    @Column(name = "industries") @Convert(converter = CodeListConverter.class) List<String> industries,
    @Column(name = "recommender_code") String recommenderCode,
    @Column(name = "active") boolean active,
    @Column(name = "meets_article10") boolean meetsArticle10,
    @Column(name = "rated_out") boolean ratedOut,
    @Column(name = "conflict_credit_codes") @Convert(converter = CodeListConverter.class)
    List<String> conflictCreditCodes) {

  public DrawCandidate {
    industries = List.copyOf(industries);
    conflictCreditCodes = conflictCreditCodes == null ? List.of() : List.copyOf(conflictCreditCodes);
  }

  /** {@code ratedOut}: the office's ratings keep the expert out of draws (Art 9(4)). */
  static DrawCandidate of(Expert expert, boolean ratedOut) {
    return new DrawCandidate(expert.getId(), expert.getEmployerCreditCode(), expert.getEmployerGroupCreditCode(),
        expert.getIndustries(), expert.getRecommenderCode(), expert.isActive(), ExpertConditions.meetArticle10(expert),
        ratedOut, expert.getConflictCreditCodes());
  }
}
