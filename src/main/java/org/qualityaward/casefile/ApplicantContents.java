package org.qualityaward.casefile;

import java.util.List;
import org.qualityaward.application.Application;

/**
 * What the applicant wrote, as the case file shows it ({@link StoredApplicantContents}): the
 * self-assessment by section (the seven GB/T 19580 categories or the points of Art 12(3)–(4)) and the
 * conditions of Art 11 or 12 declared point by point, where the applicant pages stored them.
 */
interface ApplicantContents {

  /** A titled section; {@code maximum} is its score ceiling where the sheet has one, else null. */
  record Section(String title, Integer maximum, String text) {}

  List<Section> sections(Application application);

  /** A declared condition: 第十一条第（二）项 and its text, and whether the applicant confirmed it. */
  record DeclaredCondition(String citation, String text, boolean confirmed) {}

  List<DeclaredCondition> declaredConditions(Application application);
}
