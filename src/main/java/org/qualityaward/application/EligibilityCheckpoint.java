package org.qualityaward.application;

/** When the eligibility rules run on a case: at submission (Art 16), and again at qualification review (Art 17). */
public enum EligibilityCheckpoint {
  SUBMISSION,
  QUALIFICATION_REVIEW
}
