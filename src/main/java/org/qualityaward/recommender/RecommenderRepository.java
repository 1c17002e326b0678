package org.qualityaward.recommender;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecommenderRepository extends JpaRepository<Recommender, Long> {

  Optional<Recommender> findByCode(String code);

  List<Recommender> findByTypeOrderByCode(RecommenderType type);

  List<Recommender> findAllByOrderByCode();
}
