package org.qualityaward.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.qualityaward.eligibility.ApplicationKind;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationRepository extends JpaRepository<Application, Long>, CaseCountQueries, CaseRegisterQueries {

  Optional<Application> findByProcessInstanceId(String processInstanceId);

  /** The applicant pages: what one user submitted, newest first. */
  List<Application> findBySubmittedByOrderByIdDesc(String submittedBy);

  Optional<Application> findByApplicationNumber(String applicationNumber);

  Optional<Application> findByEditionIdAndApplicationNumber(Long editionId, String applicationNumber);

  Optional<Application> findByEditionIdAndActiveApplicantKey(Long editionId, String activeApplicantKey);

  /** The applicant's cases without an outcome, in any edition (the key: credit code, or ID number's lookup hash). */
  List<Application> findByActiveApplicantKey(String activeApplicantKey);

  List<Application> findByEditionIdAndStageOrderByApplicationNumber(Long editionId, ApplicationStage stage);

  long countByEditionIdAndStageIn(Long editionId, Collection<ApplicationStage> stages);

  List<Application> findByRecommenderCodeAndStageInOrderByApplicationNumber(String recommenderCode,
      Collection<ApplicationStage> stages);

  /**
   * Art 13: other-kind applications of the same organisation that still count in the edition, apart from
   * {@code excludingId} (may be null): the organisation's own against an individual's, its employees'
   * against the organisation's.
   */
  default boolean existsOtherKind(Long editionId, String creditCode, ApplicationKind kind, Long excludingId) {
    List<Application> others = kind == ApplicationKind.INDIVIDUAL
        ? findByEditionIdAndKindAndCreditCodeAndActiveApplicantKeyNotNull(editionId, ApplicationKind.ORGANIZATION,
            creditCode)
        : findByEditionIdAndKindAndEmployerCreditCodeAndActiveApplicantKeyNotNull(editionId,
            ApplicationKind.INDIVIDUAL, creditCode);
    return others.stream().anyMatch(other -> !other.getId().equals(excludingId));
  }

  List<Application> findByEditionIdAndKindAndCreditCodeAndActiveApplicantKeyNotNull(Long editionId,
      ApplicationKind kind, String creditCode);

  List<Application> findByEditionIdAndKindAndEmployerCreditCodeAndActiveApplicantKeyNotNull(Long editionId,
      ApplicationKind kind, String employerCreditCode);
}
