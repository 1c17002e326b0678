package org.qualityaward.commendation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommendationRepository extends JpaRepository<Commendation, Long> {

  List<Commendation> findByEditionIdOrderByCertificateNumber(Long editionId);

  Optional<Commendation> findByApplicationId(Long applicationId);

  long countByEditionIdAndLevel(Long editionId, org.qualityaward.honour.AwardLevel level);
}
