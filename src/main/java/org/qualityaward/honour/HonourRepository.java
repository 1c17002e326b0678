package org.qualityaward.honour;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HonourRepository extends JpaRepository<Honour, Long> {

  Optional<Honour> findByProcessInstanceId(String processInstanceId);

  List<Honour> findByHolderCreditCode(String holderCreditCode);

  List<Honour> findByHolderIdHash(String holderIdHash);

  /** Organisation honours of the group company itself or of any member of its group. */
  @Query(
      """
      select h from Honour h
      where h.kind = org.qualityaward.eligibility.ApplicationKind.ORGANIZATION
        and (h.holderCreditCode = :groupCreditCode or h.groupCreditCode = :groupCreditCode)
      """)
  List<Honour> findOrganizationHonoursInGroup(String groupCreditCode);
}
