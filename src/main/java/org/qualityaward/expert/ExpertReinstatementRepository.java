package org.qualityaward.expert;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExpertReinstatementRepository extends JpaRepository<ExpertReinstatement, Long> {

  List<ExpertReinstatement> findByExpertIdOrderById(Long expertId);

  boolean existsByRatingId(Long ratingId);
}
