package org.qualityaward.application;

/** The orders the case register offers; stages sort in the order of Art 16-19, not by their names. */
enum CaseOrder {
  NUMBER,
  APPLICANT,
  STAGE,
  SUBMITTED
}
