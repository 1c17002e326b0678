package org.qualityaward.honour;

import java.util.List;
import java.util.Optional;
import org.qualityaward.eligibility.ApplicationKind;
import org.springframework.data.jpa.repository.JpaRepository;

interface HonourRepository extends JpaRepository<Honour, Long> {

  Optional<Honour> findByProcessInstanceId(String processInstanceId);

  List<Honour> findByHolderCreditCode(String holderCreditCode);

  List<Honour> findByApplicationId(Long applicationId);

  /** The honour a renewal reissued from this one (Art 33), if any. */
  Optional<Honour> findByRenewalOfHonourId(Long renewalOfHonourId);

  List<Honour> findByHolderIdHash(String holderIdHash);

  /** Organisation honours of the group company itself or of any member of its group. */
  default List<Honour> findOrganizationHonoursInGroup(String groupCreditCode) {
    return findByKindAndHolderCreditCodeOrKindAndGroupCreditCode(ApplicationKind.ORGANIZATION, groupCreditCode,
        ApplicationKind.ORGANIZATION, groupCreditCode);
  }

  List<Honour> findByKindAndHolderCreditCodeOrKindAndGroupCreditCode(ApplicationKind holderKind,
      String holderCreditCode, ApplicationKind memberKind, String groupCreditCode);
}
