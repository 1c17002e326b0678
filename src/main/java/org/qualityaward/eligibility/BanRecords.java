package org.qualityaward.eligibility;

import java.util.List;

/** Port to the recorded bans (Art 32), in force or not; the rules judge the date. */
public interface BanRecords {

  List<RecordedBan> ofOrganization(String creditCode);

  List<RecordedBan> ofPerson(String idNumber);
}
