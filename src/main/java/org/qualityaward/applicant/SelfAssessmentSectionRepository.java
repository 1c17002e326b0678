package org.qualityaward.applicant;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SelfAssessmentSectionRepository extends JpaRepository<SelfAssessmentSection, Long> {

  List<SelfAssessmentSection> findByApplicationIdOrderByPosition(Long applicationId);
}
