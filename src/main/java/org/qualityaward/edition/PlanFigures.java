package org.qualityaward.edition;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The figures of an edition's plan (评选方案、评审细则, Art 8(1), 15): the deadline of the call, the
 * quotas within Art 6's ceilings, the least cumulative score of each level (null: none; on the
 * ranking's 1000-point scale), the panel size (Art 10), the weights of the document and on-site
 * scores in the cumulative score (Art 20) and the scoring-sheet version of each kind.
 */
public record PlanFigures(
    LocalDate applicationDeadline,
    Integer organizationAwards,
    Integer individualAwards,
    Integer nominations,
    BigDecimal awardMinimum,
    BigDecimal nominationMinimum,
    Integer panelSize,
    BigDecimal documentWeight,
    BigDecimal onsiteWeight,
    Integer organizationSheetVersion,
    Integer individualSheetVersion) {

  /** These figures with every figure the office left empty taken from {@code defaults}. */
  public PlanFigures orElse(PlanFigures defaults) {
    return new PlanFigures(
        or(applicationDeadline, defaults.applicationDeadline),
        or(organizationAwards, defaults.organizationAwards),
        or(individualAwards, defaults.individualAwards),
        or(nominations, defaults.nominations),
        or(awardMinimum, defaults.awardMinimum),
        or(nominationMinimum, defaults.nominationMinimum),
        or(panelSize, defaults.panelSize),
        or(documentWeight, defaults.documentWeight),
        or(onsiteWeight, defaults.onsiteWeight),
        or(organizationSheetVersion, defaults.organizationSheetVersion),
        or(individualSheetVersion, defaults.individualSheetVersion));
  }

  private static <T> T or(T value, T fallback) {
    return value != null ? value : fallback;
  }
}
