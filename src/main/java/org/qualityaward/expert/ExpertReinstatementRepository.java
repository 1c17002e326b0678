package org.qualityaward.expert;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExpertReinstatementRepository extends JpaRepository<ExpertReinstatement, Long> {

  List<ExpertReinstatement> findByExpertIdOrderById(Long expertId);

  boolean existsByRatingId(Long ratingId);

  List<ExpertReinstatement> findByRatingIdIn(Collection<Long> ratingIds);
}
