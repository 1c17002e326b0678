package org.qualityaward.edition;

import java.util.Set;

/**
 * What a plan is checked against and pre-filled from, as configured ({@code qa.review.*}) and as the
 * scoring sheets exist; supplied by the review module, which owns those settings.
 */
public interface PlanStandards {

  /** Art 6's ceilings as configured: the quotas of a plan may be lower, never higher. */
  Ceilings ceilings();

  /** The configured figures a new plan starts from (no deadline: the office sets it). */
  PlanFigures defaults();

  /** The versions of the scoring sheet of organisations (true) or of individuals (false). */
  Set<Integer> sheetVersions(boolean organization);

  /** 获奖组织不超过、获奖个人不超过、提名奖不超过（第六条）. */
  record Ceilings(int organizationAwards, int individualAwards, int nominations) {}
}
