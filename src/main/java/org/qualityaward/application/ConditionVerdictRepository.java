package org.qualityaward.application;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConditionVerdictRepository extends JpaRepository<ConditionVerdict, Long> {

  List<ConditionVerdict> findByApplicationIdOrderByStepAscPointAsc(Long applicationId);
}
