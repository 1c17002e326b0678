package org.qualityaward.casefile;

import java.util.List;
import org.qualityaward.application.Application;

/**
 * What the applicant wrote, as the case file shows it ({@link StoredApplicantContents}): the
 * self-assessment by section (the seven GB/T 19580 categories or the points of Art 12(3)–(4)).
 */
interface ApplicantContents {

  /** A titled section; {@code maximum} is its score ceiling where the sheet has one, else null. */
  record Section(String title, Integer maximum, String text) {}

  List<Section> sections(Application application);
}
