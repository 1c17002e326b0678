package org.qualityaward.expert;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExpertRatingRepository extends JpaRepository<ExpertRating, Long> {

  List<ExpertRating> findByExpertIdOrderById(Long expertId);

  Optional<ExpertRating> findFirstByExpertIdOrderByIdDesc(Long expertId);

  boolean existsByDrawId(Long drawId);

  /** Each rated expert's latest rating: one query for a whole draw's pool. */
  @Query("select r from ExpertRating r where r.id in (select max(x.id) from ExpertRating x group by x.expertId)")
  List<ExpertRating> findLatestOfEach();
}
