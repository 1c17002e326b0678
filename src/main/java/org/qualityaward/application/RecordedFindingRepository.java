package org.qualityaward.application;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecordedFindingRepository extends JpaRepository<RecordedFinding, Long> {
  List<RecordedFinding> findByApplicationIdOrderById(Long applicationId);
}
