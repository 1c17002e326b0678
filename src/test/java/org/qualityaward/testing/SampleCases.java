package org.qualityaward.testing;

import java.time.LocalDate;
import java.util.List;
import org.qualityaward.application.ApplicationSubmission;
import org.qualityaward.eligibility.ApplicationKind;
import org.qualityaward.eligibility.Declarations;
import org.qualityaward.eligibility.EvidenceMark;
import org.qualityaward.eligibility.IndividualProfile;

/**
 * Eligible submissions for whole-edition tests, recommended by 市质量协会 (R-ASSOC-QA: no county
 * consent). Organisations are {@link SampleApplications#organization}; individuals get their own
 * birth date per serial so ID numbers and employers never meet those of other tests.
 */
public final class SampleCases {

  public static final String RECOMMENDER = "R-ASSOC-QA";

  private SampleCases() {}

  public static ApplicationSubmission organization(Long editionId, int serial) {
    return SampleApplications.organization(editionId, RECOMMENDER, serial, LocalDate.of(2010, 1, 1));
  }

  /** serial 1..999 within a birth year 1970..1989 chosen from {@code block}. */
  public static ApplicationSubmission individual(Long editionId, int block, int serial) {
    LocalDate birth = LocalDate.of(1970 + block % 20, 1 + serial % 12, 1 + serial % 28);
    return new ApplicationSubmission(editionId, ApplicationKind.INDIVIDUAL, RECOMMENDER, null,
        new IndividualProfile("质量工匠" + block + "-" + serial, SampleApplications.idNumber(birth, serial % 1000),
            SampleApplications.creditCode("130602", 700000 + block * 1000 + serial), LocalDate.of(2008, 9, 1), false,
            "C34"),
        new Declarations(true, List.of(), List.of()), "主持质量改进项目二十项，推广六西格玛方法。",
        List.of(new EvidenceMark("成果证书.pdf", false)), SampleApplications.statements(ApplicationKind.INDIVIDUAL));
  }
}
