package org.qualityaward.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An edition's cases as other modules read them (stages, ranking, timeline); the repository stays here. */
@Service
@Transactional(readOnly = true)
public class EditionCases {

  private final ApplicationRepository applications;

  EditionCases(ApplicationRepository applications) {
    this.applications = applications;
  }

  public Optional<Application> byNumber(Long editionId, String applicationNumber) {
    return applications.findByEditionIdAndApplicationNumber(editionId, applicationNumber);
  }

  public List<Application> inStage(Long editionId, ApplicationStage stage) {
    return applications.findByEditionIdAndStageOrderByApplicationNumber(editionId, stage);
  }

  public List<Application> all(Collection<Long> applicationIds) {
    return applications.findAllById(applicationIds);
  }

  public List<CaseCount> countByStageAndOutcome(Long editionId) {
    return applications.countByStageAndOutcome(editionId);
  }

  /** Every case of every edition, renewals included. */
  public List<CaseCount> countByStageAndOutcome() {
    return applications.countAllByStageAndOutcome();
  }
}
