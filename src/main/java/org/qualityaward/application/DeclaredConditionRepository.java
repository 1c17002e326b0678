package org.qualityaward.application;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeclaredConditionRepository extends JpaRepository<DeclaredCondition, Long> {

  List<DeclaredCondition> findByApplicationIdOrderByPoint(Long applicationId);
}
