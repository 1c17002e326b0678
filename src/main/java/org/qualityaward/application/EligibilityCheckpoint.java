package org.qualityaward.application;

/**
 * When the eligibility rules run on a case: at submission (Art 16), again at qualification review (Art 17),
 * and on a renewal case when the holder's request is opened (Art 33).
 */
public enum EligibilityCheckpoint {
  SUBMISSION,
  QUALIFICATION_REVIEW,
  RENEWAL
}
