package org.qualityaward.casefile;

import java.util.List;
import org.qualityaward.application.Application;

/**
 * The self-assessment of a case by section, as the case file shows it. Today an application stores one
 * text ({@link StoredSelfAssessment}); structured sections (the seven GB/T 19580 categories, the points of
 * Art 12(3)–(4)) replace that bean when the applicant pages store them.
 */
interface SelfAssessmentSections {

  /** A titled section; {@code maximum} is its score ceiling where the sheet has one, else null. */
  record Section(String title, Integer maximum, String text) {}

  List<Section> of(Application application);
}
