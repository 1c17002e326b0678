package org.qualityaward.expert;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExpertRatingRepository extends JpaRepository<ExpertRating, Long>, LatestRatingQueries {

  List<ExpertRating> findByExpertIdOrderById(Long expertId);

  Optional<ExpertRating> findFirstByExpertIdOrderByIdDesc(Long expertId);

  boolean existsByDrawId(Long drawId);
}
