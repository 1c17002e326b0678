package org.qualityaward.application;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DepartmentOpinionRepository extends JpaRepository<DepartmentOpinion, Long> {
  List<DepartmentOpinion> findByApplicationIdOrderById(Long applicationId);
}
