package org.qualityaward.application;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeclaredRecordRepository extends JpaRepository<DeclaredRecord, Long> {
  List<DeclaredRecord> findByApplicationIdOrderByRecordDate(Long applicationId);
}
