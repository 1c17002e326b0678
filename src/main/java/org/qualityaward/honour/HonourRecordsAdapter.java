package org.qualityaward.honour;

import java.util.List;
import org.qualityaward.eligibility.HeldHonour;
import org.qualityaward.eligibility.HonourRecords;
import org.qualityaward.platform.PersonalDataCipher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gives the eligibility rules the recorded honours. */
@Component
@Transactional(readOnly = true)
class HonourRecordsAdapter implements HonourRecords {

  private final HonourRepository honours;
  private final PersonalDataCipher cipher;

  public HonourRecordsAdapter(HonourRepository honours, PersonalDataCipher cipher) {
    this.honours = honours;
    this.cipher = cipher;
  }

  @Override
  public List<HeldHonour> ofOrganization(String creditCode) {
    return honours.findByHolderCreditCode(creditCode).stream().map(HonourRecordsAdapter::held).toList();
  }

  @Override
  public List<HeldHonour> ofPerson(String idNumber) {
    return honours.findByHolderIdHash(cipher.lookupHash(idNumber)).stream().map(HonourRecordsAdapter::held).toList();
  }

  @Override
  public List<HeldHonour> ofGroup(String groupCreditCode) {
    return honours.findOrganizationHonoursInGroup(groupCreditCode).stream()
        .map(HonourRecordsAdapter::held)
        .toList();
  }

  private static HeldHonour held(Honour h) {
    return new HeldHonour(
        h.getId(),
        h.getHolderName(),
        h.getHolderCreditCode(),
        h.getLevel().label(),
        h.getLevel() == AwardLevel.AWARD,
        h.getAwardedOn(),
        h.getValidUntil(),
        h.getState() == HonourState.REVOKED);
  }
}
