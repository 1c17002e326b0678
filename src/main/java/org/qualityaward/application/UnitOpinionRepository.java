package org.qualityaward.application;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnitOpinionRepository extends JpaRepository<UnitOpinion, Long> {
  List<UnitOpinion> findByApplicationIdOrderById(Long applicationId);
}
