package org.qualityaward.eligibility;

import java.util.List;

/** Port to the recorded honours (Art 14, 33), whatever their state; the rules judge validity. */
public interface HonourRecords {

  /** Honours held by the organisation with this credit code. */
  List<HeldHonour> ofOrganization(String creditCode);

  /** Honours held by the person with this resident ID number. */
  List<HeldHonour> ofPerson(String idNumber);

  /** Organisation honours held by the group company itself or by any member of its group. */
  List<HeldHonour> ofGroup(String groupCreditCode);
}
