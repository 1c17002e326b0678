package org.qualityaward.commendation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommendationRepository extends JpaRepository<Commendation, Long> {

  List<Commendation> findByEditionIdOrderByCertificateNumber(Long editionId);

  Optional<Commendation> findByApplicationId(Long applicationId);

  /** Renewal certificates issued in a year, for their numbering. */
  long countByRenewalOfHonourIdIsNotNullAndAwardedOnBetween(LocalDate from, LocalDate to);

  Optional<Commendation> findByHonourId(Long honourId);

  long countByEditionIdAndLevel(Long editionId, org.qualityaward.honour.AwardLevel level);
}
