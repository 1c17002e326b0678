package org.qualityaward.revocation;

import java.util.List;
import org.qualityaward.eligibility.BanRecords;
import org.qualityaward.eligibility.RecordedBan;
import org.qualityaward.platform.PersonalDataCipher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gives the eligibility rules the recorded bans. */
@Component
@Transactional(readOnly = true)
public class BanRecordsAdapter implements BanRecords {

  private final BanRepository bans;
  private final PersonalDataCipher cipher;

  public BanRecordsAdapter(BanRepository bans, PersonalDataCipher cipher) {
    this.bans = bans;
    this.cipher = cipher;
  }

  @Override
  public List<RecordedBan> ofOrganization(String creditCode) {
    return bans.findBySubjectCreditCode(creditCode).stream().map(BanRecordsAdapter::recorded).toList();
  }

  @Override
  public List<RecordedBan> ofPerson(String idNumber) {
    return bans.findBySubjectIdHash(cipher.lookupHash(idNumber)).stream().map(BanRecordsAdapter::recorded).toList();
  }

  private static RecordedBan recorded(Ban b) {
    return new RecordedBan(b.getSubjectName(), b.getRevokedOn(), b.getBannedUntil(), b.getGrounds());
  }
}
