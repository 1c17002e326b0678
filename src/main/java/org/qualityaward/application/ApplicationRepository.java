package org.qualityaward.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.qualityaward.eligibility.ApplicationKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApplicationRepository extends JpaRepository<Application, Long> {

  Optional<Application> findByProcessInstanceId(String processInstanceId);

  /** The applicant pages: what one user submitted, newest first. */
  List<Application> findBySubmittedByOrderByIdDesc(String submittedBy);

  Optional<Application> findByApplicationNumber(String applicationNumber);

  Optional<Application> findByEditionIdAndApplicationNumber(Long editionId, String applicationNumber);

  Optional<Application> findByEditionIdAndActiveApplicantKey(Long editionId, String activeApplicantKey);

  List<Application> findByEditionIdAndStageOrderByApplicationNumber(Long editionId, ApplicationStage stage);

  @Query("""
      select new org.qualityaward.application.CaseCount(a.stage, a.outcome, count(a)) from Application a
      where a.editionId = :editionId group by a.stage, a.outcome
      """)
  List<CaseCount> countByStageAndOutcome(Long editionId);

  /** The same over all editions and renewals: the cases-per-stage gauge. */
  @Query("select new org.qualityaward.application.CaseCount(a.stage, a.outcome, count(a)) from Application a group by a.stage, a.outcome")
  List<CaseCount> countAllByStageAndOutcome();

  long countByEditionIdAndStageIn(Long editionId, Collection<ApplicationStage> stages);

  /** Art 13: other-kind applications of the same organisation that still count in the edition. */
  @Query("""
      select count(a) > 0 from Application a
      where a.editionId = :editionId and a.kind <> :kind and a.activeApplicantKey is not null
        and (a.id <> :excludingId or :excludingId is null)
        and ((a.kind = org.qualityaward.eligibility.ApplicationKind.ORGANIZATION and a.creditCode = :creditCode)
          or (a.kind = org.qualityaward.eligibility.ApplicationKind.INDIVIDUAL and a.employerCreditCode = :creditCode))
      """)
  boolean existsOtherKind(Long editionId, String creditCode, ApplicationKind kind, Long excludingId);
}
